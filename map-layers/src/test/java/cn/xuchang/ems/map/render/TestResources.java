package cn.xuchang.ems.map.render;

import cn.xuchang.ems.data.domain.Camera;
import cn.xuchang.ems.data.domain.HazardCategory;
import cn.xuchang.ems.data.domain.HazardGrade;
import cn.xuchang.ems.data.domain.HazardSource;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Provenance;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceDetails;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Small hand-made resources for renderer tests. */
final class TestResources {

    private static final GeometryFactory GF = new GeometryFactory();
    private static final Provenance PROV = Provenance.created("test", Instant.parse("2026-11-30T00:00:00Z"), "test", "EPSG:4490");

    private TestResources() {
    }

    static Resource resource(String name, double lon, double lat, ResourceDetails details) {
        return new Resource(UUID.nameUUIDFromBytes((name + lon + lat).getBytes()), details.kind(), name,
                new LonLat(lon, lat), GF.createPoint(new Coordinate(lon, lat)), "411002", true, PROV, details);
    }

    static Resource camera(String name, double lon, double lat, boolean online) {
        return resource(name, lon, lat, new Camera("C-" + name, 90, 60, 150, online, ""));
    }

    static Resource hazard(String name, double lon, double lat, int grade) {
        return resource(name, lon, lat, new HazardSource(HazardCategory.GAS, HazardGrade.ofLevel(grade), List.of(),
                "", "", ""));
    }
}

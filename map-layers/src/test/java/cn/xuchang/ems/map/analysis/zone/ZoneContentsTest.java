package cn.xuchang.ems.map.analysis.zone;

import static cn.xuchang.ems.map.analysis.ResourceFixtures.randomMix;
import static cn.xuchang.ems.map.analysis.ResourceFixtures.school;
import static cn.xuchang.ems.map.analysis.ResourceFixtures.shelter;
import static cn.xuchang.ems.map.analysis.ResourceFixtures.team;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xuchang.ems.data.crs.Geodesy;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ShelterClass;
import cn.xuchang.ems.data.domain.TeamType;
import cn.xuchang.ems.map.index.ResourceIndex;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

class ZoneContentsTest {

    @Test
    void circleContainsExactlyTheResourcesWithinItsRadius() {
        List<Resource> all = randomMix(31, 3000);
        ZoneContents zones = new ZoneContents(ResourceIndex.of(all), List.of());
        LonLat centre = new LonLat(113.8, 34.05);
        ZoneReport report = zones.of(new CircleZone(centre, 8000), 3);
        long expected = all.stream().filter(r -> Geodesy.distance(centre, r.location()) <= 8000).count();
        assertThat(report.count()).isEqualTo((int) expected).isPositive();
        assertThat(report.inside().values().stream().flatMap(List::stream))
                .allMatch(r -> Geodesy.distance(centre, r.location()) <= 8000);
        assertThat(report.nearestShelters()).hasSize(3)
                .allMatch(n -> n.resource().details().available());
    }

    @Test
    void pointsOnThePolygonEdgeAndVertexAreInside() throws Exception {
        Resource onEdge = school("edge school", 113.85, 34.0, 300);
        Resource onVertex = team("vertex team", 113.8, 34.0, TeamType.FIRE, true, 0);
        Resource outside = school("outside", 113.95, 34.0, 100);
        Resource shelter = shelter("park", 113.82, 34.02, ShelterClass.FIXED, 1000, 100, true);
        ZoneContents zones = new ZoneContents(ResourceIndex.of(List.of(onEdge, onVertex, outside, shelter)), List.of());
        PolygonZone square = new PolygonZone(new WKTReader().read(
                "POLYGON ((113.8 34.0, 113.9 34.0, 113.9 34.1, 113.8 34.1, 113.8 34.0))"));
        ZoneReport report = zones.of(square, 1);
        List<Resource> inside = new ArrayList<>();
        report.inside().values().forEach(inside::addAll);
        assertThat(inside).containsExactlyInAnyOrder(onEdge, onVertex, shelter);
        assertThat(report.pupils()).isEqualTo(300);
        assertThat(report.nearestShelters()).singleElement().satisfies(n -> assertThat(n.resource()).isEqualTo(shelter));
        assertThat(report.shelterFreeCapacity()).isEqualTo(900);
    }

    @Test
    void bufferAroundALineHoldsWhatIsWithinItsDistance() throws Exception {
        Resource near = school("near", 113.85, Geodesy.destination(new LonLat(113.85, 34.0), 0, 450).lat(), 10);
        Resource far = school("far", 113.85, Geodesy.destination(new LonLat(113.85, 34.0), 0, 560).lat(), 10);
        ZoneContents zones = new ZoneContents(ResourceIndex.of(List.of(near, far)), List.of());
        BufferZone pipeline = new BufferZone(List.of(new WKTReader().read("LINESTRING (113.8 34.0, 113.9 34.0)")), 500);
        ZoneReport report = zones.of(pipeline, 0);
        assertThat(report.inside().values().stream().flatMap(List::stream)).containsExactly(near);
    }

    @Test
    void badZonesAreRefusedWithAMessage() throws Exception {
        assertThatThrownBy(() -> new PolygonZone(new WKTReader().read("LINESTRING (113.8 34.0, 113.9 34.0)")))
                .hasMessageContaining("POLYGON");
        assertThatThrownBy(() -> new PolygonZone(new WKTReader().read(
                "POLYGON ((486147 3766999, 487147 3766999, 487147 3767999, 486147 3766999))")))
                .hasMessageContaining("lon/lat");
        assertThatThrownBy(() -> new CircleZone(new LonLat(113.8, 34), -1)).hasMessageContaining("radius");
    }
}

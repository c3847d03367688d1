package cn.xuchang.ems.app.ui.editing;

import cn.xuchang.ems.data.domain.BaseFeature;
import cn.xuchang.ems.data.domain.BaseLayer;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Provenance;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.io.ResourceAttributes;
import cn.xuchang.ems.data.io.validation.DetailsBinder;
import cn.xuchang.ems.data.store.GeometryCodec;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * A resource placed by hand on the map: the kind's default attributes (enums take their first
 * choice, to be corrected in the property sheet), not sample data, provenance "manual" by the OS
 * user, in CGCS2000, with the county it falls in. Stateless.
 */
public final class NewResource {
    /** Provenance source of resources placed on the map. */
    public static final String SOURCE = "manual";
    /** The map works in CGCS2000 lon/lat. */
    public static final String SOURCE_CRS = "EPSG:4490";

    private NewResource() {
    }

    /** A new {@code kind} named {@code name} at {@code at}; {@code counties} are the base map's county features. */
    public static Resource of(ResourceKind kind, String name, LonLat at, List<BaseFeature> counties, String user,
                              Instant now) {
        Map<String, Object> values = new HashMap<>();
        for (RecordComponent rc : kind.detailsType().getRecordComponents()) {
            if (rc.getType().isEnum()) {
                values.put(ResourceAttributes.snakeCase(rc.getName()), rc.getType().getEnumConstants()[0].toString());
            }
        }
        DetailsBinder.Result details = DetailsBinder.bind(kind, values::get);
        if (!details.ok()) {
            throw new IllegalStateException("no default attributes for " + kind.code() + ": " + details.errors());
        }
        Point point = GeometryCodec.FACTORY.createPoint(new Coordinate(at.lon(), at.lat()));
        String county = counties.stream().filter(f -> f.layer() == BaseLayer.COUNTY)
                .filter(f -> f.geometry().covers(point)).map(BaseFeature::code).findFirst().orElse("");
        return new Resource(UUID.randomUUID(), kind, name.trim(), at, point, county, false,
                Provenance.created(user, now, SOURCE, SOURCE_CRS), details.details());
    }

    /** {@code r} moved so that its anchor point is at {@code to}; lines and areas move as a whole. */
    public static Resource moved(Resource r, LonLat to, List<BaseFeature> counties, String user, Instant now) {
        double dx = to.lon() - r.location().lon();
        double dy = to.lat() - r.location().lat();
        var geometry = org.locationtech.jts.geom.util.AffineTransformation.translationInstance(dx, dy)
                .transform(r.geometry());
        Point point = GeometryCodec.FACTORY.createPoint(new Coordinate(to.lon(), to.lat()));
        String county = counties.stream().filter(f -> f.layer() == BaseLayer.COUNTY)
                .filter(f -> f.geometry().covers(point)).map(BaseFeature::code).findFirst().orElse(r.countyCode());
        return new Resource(r.id(), r.kind(), r.name(), to, geometry, county, r.sample(),
                r.provenance().updated(user, now), r.details());
    }
}

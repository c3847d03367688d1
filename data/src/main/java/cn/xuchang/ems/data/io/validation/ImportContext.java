package cn.xuchang.ems.data.io.validation;

import cn.xuchang.ems.data.domain.BaseFeature;
import cn.xuchang.ems.data.domain.BaseLayer;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.store.ResourceStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * What validation needs to know about the store, taken once before an import: the ids in use,
 * named positions of known features (for the offset check), the county areas (to fill in
 * {@code county_code}), who imports and when. Immutable snapshot.
 */
public record ImportContext(Set<UUID> existingIds, Map<String, List<LonLat>> knownPositionsByName,
                            List<CountyArea> counties, String user, Instant now) {

    /** A county polygon with its administrative code. */
    public record CountyArea(String code, PreparedGeometry area) {
    }

    /** A snapshot of {@code store}. */
    public static ImportContext of(ResourceStore store, String user, Instant now) {
        Set<UUID> ids = new HashSet<>();
        Map<String, List<LonLat>> known = new HashMap<>();
        for (Resource r : store.loadAll()) {
            ids.add(r.id());
            known.computeIfAbsent(r.name(), n -> new ArrayList<>()).add(r.location());
        }
        List<CountyArea> counties = new ArrayList<>();
        for (BaseFeature f : store.loadBaseFeatures()) {
            if (f.layer() == BaseLayer.COUNTY && !f.code().isEmpty()) {
                counties.add(new CountyArea(f.code(), PreparedGeometryFactory.prepare(f.geometry())));
            } else if (f.geometry() instanceof Point p && !f.name().isEmpty()) {
                known.computeIfAbsent(f.name(), n -> new ArrayList<>()).add(new LonLat(p.getX(), p.getY()));
            }
        }
        return new ImportContext(Set.copyOf(ids), Map.copyOf(known), List.copyOf(counties), user, now);
    }

    /** The county containing a point, or "" when none does (or no county areas are known). */
    public String countyAt(Point p) {
        for (CountyArea c : counties) {
            if (c.area().covers(p)) {
                return c.code();
            }
        }
        return "";
    }
}

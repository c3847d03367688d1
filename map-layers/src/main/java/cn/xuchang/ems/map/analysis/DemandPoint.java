package cn.xuchang.ems.map.analysis;

import cn.xuchang.ems.data.domain.BaseFeature;
import cn.xuchang.ems.data.domain.Kindergarten;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.School;
import java.util.Objects;

/**
 * A point that should be served or watched: a school, a place, any resource.
 *
 * @param id       the resource or feature id (text)
 * @param name     display name
 * @param location CGCS2000 lon/lat
 * @param people   persons it stands for (pupils, residents), 0 when unknown
 */
public record DemandPoint(String id, String name, LonLat location, long people) {

    public DemandPoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location");
        name = name == null ? "" : name;
        if (people < 0) {
            throw new IllegalArgumentException("people of demand point " + id + " must be >= 0, got " + people);
        }
    }

    /** A resource as demand; schools and kindergartens count their pupils. */
    public static DemandPoint of(Resource r) {
        long people = r.details() instanceof School s ? s.pupils()
                : r.details() instanceof Kindergarten k ? k.pupils() : 0;
        return new DemandPoint(r.id().toString(), r.name(), r.location(), people);
    }

    /** A base-map place as demand, counting its residents; its label point or geometry centroid is used. */
    public static DemandPoint of(BaseFeature place) {
        LonLat at = place.labelPoint() != null ? place.labelPoint()
                : new LonLat(place.geometry().getCentroid().getX(),
                place.geometry().getCentroid().getY());
        return new DemandPoint(place.id().toString(), place.name(), at, place.population());
    }
}

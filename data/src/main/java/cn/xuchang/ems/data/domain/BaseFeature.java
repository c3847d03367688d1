package cn.xuchang.ems.data.domain;

import java.util.Objects;
import java.util.UUID;
import org.locationtech.jts.geom.Geometry;

/**
 * A feature of the base map (county boundary, place, river), CGCS2000 lon/lat.
 *
 * @param code        administrative code for counties, source id for others, "" when none
 * @param labelPoint  where the name goes (null: let the renderer choose)
 * @param population  residents where the source gives them (places), else 0
 */
public record BaseFeature(UUID id, BaseLayer layer, String code, String name, Geometry geometry,
                          LonLat labelPoint, long population, Provenance provenance) {
    public BaseFeature {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(provenance, "provenance");
        code = code == null ? "" : code;
        name = name == null ? "" : name;
    }
}

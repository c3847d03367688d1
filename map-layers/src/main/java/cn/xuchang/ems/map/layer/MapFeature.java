package cn.xuchang.ems.map.layer;

import cn.xuchang.ems.data.domain.BaseFeature;
import cn.xuchang.ems.data.domain.Resource;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A feature ready to draw: its geometry projected once to EPSG:4547 metres, an anchor point (where
 * its symbol and label go), its style state and the domain record it came from. Immutable.
 *
 * @param id       id of the source record
 * @param layerId  layer it belongs to
 * @param code     code used by the style (county administrative code), "" when none
 * @param name     label text, "" for none
 * @param state    style state (e.g. {@code offline}, {@code grade1}), "" for the default symbol
 * @param rank     label importance within the layer (higher is placed first), e.g. population
 * @param geometry projected geometry (EPSG:4547)
 * @param x        anchor easting
 * @param y        anchor northing
 * @param source   the {@link Resource} or {@link BaseFeature} it shows
 */
public record MapFeature(UUID id, String layerId, String code, String name, String state, double rank,
                         Geometry geometry, double x, double y, Object source) {

    public MapFeature {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(layerId, "layerId");
        Objects.requireNonNull(geometry, "geometry");
        code = code == null ? "" : code;
        name = name == null ? "" : name;
        state = state == null ? "" : state;
    }

    /** The resource shown, when this is a resource feature. */
    public Optional<Resource> resource() {
        return source instanceof Resource r ? Optional.of(r) : Optional.empty();
    }

    /** The base-map feature shown, when this is one. */
    public Optional<BaseFeature> baseFeature() {
        return source instanceof BaseFeature b ? Optional.of(b) : Optional.empty();
    }

    /** Envelope of the projected geometry. */
    public Envelope envelope() {
        return geometry.getEnvelopeInternal();
    }
}

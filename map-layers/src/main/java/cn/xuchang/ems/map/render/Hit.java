package cn.xuchang.ems.map.render;

import cn.xuchang.ems.map.layer.Layer;
import cn.xuchang.ems.map.layer.MapFeature;
import java.util.List;

/**
 * What is under the cursor in one layer: a single feature or a cluster of several (as drawn at the
 * viewport's scale). Immutable.
 *
 * @param layer      the layer
 * @param features   the feature, or the cluster's members (never empty)
 * @param screenX    where the symbol is drawn, logical pixels
 * @param screenY    where the symbol is drawn, logical pixels
 * @param distancePx distance from the cursor to the symbol centre (0 inside a polygon)
 */
public record Hit(Layer layer, List<MapFeature> features, double screenX, double screenY, double distancePx) {

    public Hit {
        features = List.copyOf(features);
        if (features.isEmpty()) {
            throw new IllegalArgumentException("a hit needs at least one feature");
        }
    }

    /** Whether this is a cluster symbol standing for several features. */
    public boolean cluster() {
        return features.size() > 1;
    }

    /** Envelope (EPSG:4547) of the members' anchor points: zoom there to expand a cluster. */
    public org.locationtech.jts.geom.Envelope membersEnvelope() {
        org.locationtech.jts.geom.Envelope e = new org.locationtech.jts.geom.Envelope();
        for (MapFeature f : features) {
            e.expandToInclude(f.x(), f.y());
        }
        return e;
    }

    /** The feature (the first member of a cluster). */
    public MapFeature feature() {
        return features.get(0);
    }
}

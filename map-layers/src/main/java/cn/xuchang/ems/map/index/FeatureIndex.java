package cn.xuchang.ems.map.index;

import cn.xuchang.ems.map.layer.MapFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Envelope index over the projected features of one layer (JTS {@link STRtree}): the first filter of
 * every draw and hit-test, so cost grows with what is visible, not with the layer. Built once from an
 * immutable list; querying is thread-safe.
 */
public final class FeatureIndex {

    private final STRtree tree;
    private final List<MapFeature> features;
    private final Envelope extent = new Envelope();

    /** Indexes {@code features} (the list is copied). */
    public FeatureIndex(List<MapFeature> features) {
        this.features = List.copyOf(features);
        this.tree = new STRtree(Math.max(2, 10));
        for (MapFeature f : this.features) {
            Envelope e = f.envelope();
            tree.insert(e, f);
            extent.expandToInclude(e);
        }
        tree.build();
    }

    /** Calls {@code visitor} with every feature whose envelope intersects {@code env}. */
    @SuppressWarnings("unchecked")
    public void query(Envelope env, Consumer<MapFeature> visitor) {
        if (features.isEmpty()) {
            return;
        }
        tree.query(env, item -> visitor.accept((MapFeature) item));
    }

    /** Features whose envelope intersects {@code env}. */
    public List<MapFeature> query(Envelope env) {
        List<MapFeature> out = new ArrayList<>();
        query(env, out::add);
        return out;
    }

    /** All indexed features. */
    public List<MapFeature> features() {
        return features;
    }

    /** Envelope of all features (null envelope when empty). */
    public Envelope extent() {
        return new Envelope(extent);
    }

    /** Number of features. */
    public int size() {
        return features.size();
    }
}

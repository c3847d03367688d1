package cn.xuchang.ems.map.layer;

import cn.xuchang.ems.map.index.FeatureIndex;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A map layer: a plain model object holding projected features (with their spatial index) and the
 * user's display settings (visibility, opacity, scale range). Renderers read it; they never change it.
 *
 * <p>Thread-safety: settings are volatile and the feature set is swapped as one immutable snapshot,
 * so a render running on a worker sees either the old or the new features, never a mix. Listeners
 * are told on the thread that made the change.
 */
public abstract sealed class Layer permits BaseMapLayer, ResourceLayer {

    private final String id;
    private volatile boolean visible = true;
    private volatile double opacity = 1.0;
    private volatile double minResolution;
    private volatile double maxResolution;
    private volatile FeatureIndex index;
    private final List<LayerListener> listeners = new CopyOnWriteArrayList<>();

    Layer(String id, List<MapFeature> features, double minResolution, double maxResolution) {
        this.id = Objects.requireNonNull(id, "id");
        this.index = new FeatureIndex(features);
        this.minResolution = minResolution;
        this.maxResolution = maxResolution;
    }

    /** Stable id: a base layer code (county, place, river) or a resource kind code; also the style's name. */
    public String id() {
        return id;
    }

    /** Whether the user wants the layer drawn. */
    public boolean visible() {
        return visible;
    }

    /** Shows or hides the layer. */
    public void setVisible(boolean v) {
        if (visible != v) {
            visible = v;
            fireChanged(false);
        }
    }

    /** 0 (transparent) .. 1 (opaque). */
    public double opacity() {
        return opacity;
    }

    /** Sets the opacity, clamped to 0..1. */
    public void setOpacity(double o) {
        double clamped = Math.max(0, Math.min(1, o));
        if (clamped != opacity) {
            opacity = clamped;
            fireChanged(false);
        }
    }

    /** Drawn only when metres per pixel &gt;= this (0: no limit). */
    public double minResolution() {
        return minResolution;
    }

    /** Drawn only when metres per pixel &lt;= this (infinity: no limit). */
    public double maxResolution() {
        return maxResolution;
    }

    /** Sets the scale range in metres per pixel; {@code min <= max}. */
    public void setResolutionRange(double min, double max) {
        if (!(min >= 0) || !(max >= min)) {
            throw new IllegalArgumentException("need 0 <= min <= max metres per pixel, got " + min + ".." + max);
        }
        minResolution = min;
        maxResolution = max;
        fireChanged(false);
    }

    /** Whether the layer is drawn at this resolution (visible and inside its scale range). */
    public boolean drawnAt(double metresPerPixel) {
        return visible && inResolutionRange(metresPerPixel);
    }

    /** Whether this resolution is inside the layer's scale range (visible or not). */
    public boolean inResolutionRange(double metresPerPixel) {
        return metresPerPixel >= minResolution && metresPerPixel <= maxResolution;
    }

    /** Whether the user limited the layer to a scale range (it is not drawn at every scale). */
    public boolean scaleLimited() {
        return minResolution > 0 || maxResolution < Double.POSITIVE_INFINITY;
    }

    /** The current features with their spatial index (an immutable snapshot). */
    public FeatureIndex index() {
        return index;
    }

    /** Replaces the features (rebuilds the index) and tells listeners. */
    protected void replaceFeatures(List<MapFeature> features) {
        this.index = new FeatureIndex(features);
        fireChanged(true);
    }

    /** Registers a listener. */
    public void addListener(LayerListener l) {
        listeners.add(l);
    }

    /** Removes a listener. */
    public void removeListener(LayerListener l) {
        listeners.remove(l);
    }

    private void fireChanged(boolean dataChanged) {
        for (LayerListener l : listeners) {
            l.layerChanged(this, dataChanged);
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + id + ", " + index.size() + " features]";
    }
}

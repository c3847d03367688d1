package cn.xuchang.ems.map.layer;

/** Told when a layer's settings or features change (to schedule a redraw). */
@FunctionalInterface
public interface LayerListener {
    /**
     * @param layer       the layer that changed
     * @param dataChanged true when its features changed, false for display settings only
     */
    void layerChanged(Layer layer, boolean dataChanged);
}

package cn.xuchang.ems.app.ui.layers;

import cn.xuchang.ems.map.layer.Layer;

/**
 * A row of the layer tree: a layer with its translated title and feature count, or a group heading
 * (layer null).
 */
record LayerEntry(Layer layer, String title, int count) {

    static LayerEntry group(String title) {
        return new LayerEntry(null, title, -1);
    }

    boolean isGroup() {
        return layer == null;
    }

    /** What the tree cell shows. */
    @Override
    public String toString() {
        return count >= 0 ? title + "  (" + count + ")" : title;
    }
}

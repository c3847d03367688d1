package cn.xuchang.ems.app.ui.layers;

import cn.xuchang.ems.map.layer.Layer;
import cn.xuchang.ems.map.layer.LayerStack;
import cn.xuchang.ems.map.style.StyleSet;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The legend and layer-tree icons of a map, drawn ahead (off the FX thread: the first Java2D glyph
 * loads a 4 MB font) so that showing the map costs the FX thread only the pixel conversion.
 * Immutable once drawn.
 */
public final class LegendArt {
    /** Device pixels per logical pixel of the icons: crisp on HiDPI screens as well. */
    static final double SCALE = 2;

    /** No icons yet (the tree shows names only until the real art is drawn). */
    public static final LegendArt NONE = new LegendArt(Map.of(), Map.of());

    private final Map<String, BufferedImage> layerIcons;
    private final Map<String, Map<String, BufferedImage>> stateIcons;

    private LegendArt(Map<String, BufferedImage> layerIcons, Map<String, Map<String, BufferedImage>> stateIcons) {
        this.layerIcons = layerIcons;
        this.stateIcons = stateIcons;
    }

    /** Draws the icons of every layer of {@code layers} that has a style. Any thread. */
    public static LegendArt draw(LayerStack layers, StyleSet styles) {
        Map<String, BufferedImage> icons = new LinkedHashMap<>();
        Map<String, Map<String, BufferedImage>> states = new LinkedHashMap<>();
        for (Layer layer : layers.layers()) {
            styles.find(layer.id()).ifPresent(style -> {
                icons.put(layer.id(), LegendIcons.draw(style, SCALE));
                Map<String, BufferedImage> byState = new LinkedHashMap<>();
                style.stateSymbols().forEach((state, symbol) -> byState.put(state, LegendIcons.draw(symbol, SCALE)));
                states.put(layer.id(), java.util.Collections.unmodifiableMap(byState));
            });
        }
        return new LegendArt(Map.copyOf(icons), Map.copyOf(states));
    }

    /** The icon of a layer's default look, or null when the layer has no style. */
    BufferedImage layerIcon(String layerId) {
        return layerIcons.get(layerId);
    }

    /** Icons per state, in legend order (empty when the layer has no states). */
    Map<String, BufferedImage> stateIcons(String layerId) {
        return stateIcons.getOrDefault(layerId, Map.of());
    }

    /** Whether the layer has a style (and so an icon). */
    boolean has(String layerId) {
        return layerIcons.containsKey(layerId);
    }
}

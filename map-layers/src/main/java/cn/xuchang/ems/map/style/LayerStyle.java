package cn.xuchang.ems.map.style;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The style of one layer, read from its style file (see {@code styles/README.md} in the resources):
 * symbol per feature state for point layers, fill/stroke for polygons and lines, labels, clustering
 * and the default scale range. Immutable and thread-safe.
 *
 * @param layerId              layer it belongs to (county, place, river or a resource kind code)
 * @param geometry             point, line or polygon
 * @param symbol               default point symbol (points only, else null)
 * @param stateSymbols         symbol per feature state (e.g. {@code offline}), in legend order
 * @param fill                 polygon fill
 * @param fillByCode           polygon fill per feature code (e.g. county administrative code)
 * @param stroke               line colour / polygon outline
 * @param strokeWidth          logical pixels
 * @param dash                 dash pattern in logical pixels, empty for solid
 * @param casing               wider line drawn under the stroke (rivers, boundaries), null for none
 * @param casingWidth          logical pixels
 * @param label                label style
 * @param clusterMinResolution cluster points when metres per pixel &gt;= this (infinity: never)
 * @param clusterCellPx        cluster cell size in logical pixels
 * @param clusterStateOrder    states from most to least severe: a cluster shows its most severe
 *                             member's symbol (so a grade-1 hazard never hides in a grey cluster);
 *                             empty: clusters show the default symbol
 * @param sector               view sectors (cameras: heading, field of view, range), null for none
 * @param minResolution        layer drawn only when metres per pixel &gt;= this
 * @param maxResolution        layer drawn only when metres per pixel &lt;= this
 */
public record LayerStyle(String layerId, GeometryType geometry, PointSymbol symbol, Map<String, PointSymbol> stateSymbols,
                         Color fill, Map<String, Color> fillByCode, Color stroke, double strokeWidth, float[] dash,
                         Color casing, double casingWidth, LabelStyle label,
                         double clusterMinResolution, int clusterCellPx, List<String> clusterStateOrder,
                         SectorStyle sector, double minResolution, double maxResolution) {

    public LayerStyle {
        Objects.requireNonNull(layerId, "layerId");
        Objects.requireNonNull(geometry, "geometry");
        stateSymbols = Collections.unmodifiableMap(new LinkedHashMap<>(stateSymbols));
        fillByCode = Map.copyOf(fillByCode);
        dash = dash.clone();
        Objects.requireNonNull(label, "label");
        clusterStateOrder = List.copyOf(clusterStateOrder);
    }

    /** The symbol for a feature state; the default symbol when the state has none of its own. */
    public PointSymbol symbolFor(String state) {
        PointSymbol s = state == null || state.isEmpty() ? null : stateSymbols.get(state);
        return s != null ? s : symbol;
    }

    /** Polygon fill of a feature with this code. */
    public Color fillFor(String code) {
        Color c = fillByCode.get(code);
        return c != null ? c : fill;
    }

    /** Whether points are clustered at this resolution. */
    public boolean clustersAt(double metresPerPixel) {
        return geometry == GeometryType.POINT && metresPerPixel >= clusterMinResolution;
    }

    /**
     * Builds a layer style from a parsed style file; fails with a {@link StyleException} naming the
     * line of any bad or unknown key.
     */
    public static LayerStyle from(String layerId, StyleFile f) {
        GeometryType geometry = GeometryType.parse(f);
        PointSymbol symbol = null;
        Map<String, PointSymbol> states = new LinkedHashMap<>();
        if (geometry == GeometryType.POINT) {
            symbol = new PointSymbol(
                    f.shape("symbol.shape", SymbolShape.CIRCLE),
                    f.number("symbol.size", 14, 2, 64),
                    f.color("symbol.fill"),
                    f.color("symbol.stroke", Color.WHITE),
                    f.number("symbol.stroke-width", 1.5, 0, 10),
                    f.text("symbol.glyph", ""),
                    f.color("symbol.glyph-color", Color.WHITE));
            for (String key : f.keysStartingWith("state.")) {
                String[] parts = key.split("\\.");
                if (parts.length != 3) {
                    throw f.error(key, "write state.<state>.fill, state.<state>.stroke or state.<state>.shape");
                }
                String state = parts[1];
                if (states.containsKey(state)) {
                    continue;
                }
                String p = "state." + state + ".";
                PointSymbol s = new PointSymbol(
                        f.shape(p + "shape", symbol.shape()),
                        f.number(p + "size", symbol.size(), 2, 64),
                        f.color(p + "fill", symbol.fill()),
                        f.color(p + "stroke", symbol.stroke()),
                        f.number(p + "stroke-width", symbol.strokeWidth(), 0, 10),
                        f.text(p + "glyph", symbol.glyph()),
                        f.color(p + "glyph-color", symbol.glyphColor()));
                states.put(state, s);
            }
        }
        Map<String, Color> byCode = new LinkedHashMap<>();
        for (String key : f.keysStartingWith("fill.")) {
            if (geometry != GeometryType.POLYGON) {
                break;
            }
            byCode.put(key.substring("fill.".length()), f.color(key));
        }
        Color fill = geometry == GeometryType.POLYGON ? f.color("fill", new Color(0, 0, 0, 0)) : null;
        Color stroke = geometry != GeometryType.POINT ? f.color("stroke") : null;
        double strokeWidth = geometry != GeometryType.POINT ? f.number("stroke-width", 1, 0, 20) : 0;
        float[] dash = geometry != GeometryType.POINT ? f.numbers("dash") : new float[0];
        Color casing = geometry != GeometryType.POINT ? f.color("casing", null) : null;
        double casingWidth = casing != null ? f.number("casing-width", strokeWidth + 2, 0, 30) : 0;
        LabelStyle label = LabelStyle.from(f);
        double clusterMin = geometry == GeometryType.POINT
                ? f.number("cluster.min-resolution", Double.POSITIVE_INFINITY, 0, Double.POSITIVE_INFINITY)
                : Double.POSITIVE_INFINITY;
        int cell = geometry == GeometryType.POINT ? (int) f.number("cluster.cell", 40, 8, 256) : 40;
        List<String> order = new ArrayList<>();
        if (geometry == GeometryType.POINT && f.has("cluster.state-order")) {
            for (String st : f.text("cluster.state-order").split(",")) {
                String t = st.strip();
                if (!states.containsKey(t)) {
                    throw f.error("cluster.state-order", "state '" + t + "' has no state." + t + ".* symbol; known: "
                            + String.join(", ", states.keySet()));
                }
                order.add(t);
            }
        }
        double minRes = f.number("min-resolution", 0, 0, Double.POSITIVE_INFINITY);
        double maxRes = f.number("max-resolution", Double.POSITIVE_INFINITY, 0, Double.POSITIVE_INFINITY);
        if (minRes > maxRes) {
            throw f.error("min-resolution", "min-resolution must not exceed max-resolution");
        }
        SectorStyle sector = SectorStyle.from(f, geometry);
        f.rejectUnknownKeys();
        return new LayerStyle(layerId, geometry, symbol, states, fill, byCode, stroke, strokeWidth, dash, casing,
                casingWidth, label, clusterMin, cell, order, sector, minRes, maxRes);
    }
}

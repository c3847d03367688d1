package cn.xuchang.ems.map.render;

import cn.xuchang.ems.map.style.GeometryType;
import cn.xuchang.ems.map.style.LayerStyle;
import cn.xuchang.ems.map.style.PointSymbol;

/**
 * One line of the legend, generated from the styles: a layer (or one state of it) with its symbol.
 *
 * @param layerId layer id
 * @param state   state ("" for the layer's default symbol)
 * @param title   text in the requested language
 * @param style   the layer style (polygon/line entries draw a swatch from it)
 * @param symbol  point symbol, null for lines and polygons
 */
public record LegendEntry(String layerId, String state, String title, LayerStyle style, PointSymbol symbol) {

    /** Geometry of the entry's layer. */
    public GeometryType geometry() {
        return style.geometry();
    }
}

package cn.xuchang.ems.map.style;

import java.awt.Color;
import java.util.Objects;

/**
 * How one point feature (in one state) is drawn: an outline shape filled and stroked, with an
 * optional one-character glyph inside (e.g. 危 for hazard sources). Sizes are logical pixels. Immutable.
 *
 * @param shape       outline
 * @param size        box size in logical pixels
 * @param fill        fill colour
 * @param stroke      outline colour
 * @param strokeWidth outline width in logical pixels
 * @param glyph       text drawn inside, "" for none
 * @param glyphColor  colour of the glyph
 */
public record PointSymbol(SymbolShape shape, double size, Color fill, Color stroke, double strokeWidth,
                          String glyph, Color glyphColor) {
    public PointSymbol {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(fill, "fill");
        Objects.requireNonNull(stroke, "stroke");
        Objects.requireNonNull(glyphColor, "glyphColor");
        glyph = glyph == null ? "" : glyph;
        if (!(size > 0)) {
            throw new IllegalArgumentException("symbol size must be > 0, got " + size);
        }
    }

    /** A copy with another fill colour (state variants). */
    public PointSymbol withFill(Color newFill) {
        return new PointSymbol(shape, size, newFill, stroke, strokeWidth, glyph, glyphColor);
    }
}

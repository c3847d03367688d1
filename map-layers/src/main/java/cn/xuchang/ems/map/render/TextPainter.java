package cn.xuchang.ems.map.render;

import cn.xuchang.ems.map.style.LabelStyle;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;

/** Writes text with a halo (an outline in the halo colour under the glyphs) in the bundled CJK font. */
final class TextPainter {

    private TextPainter() {
    }

    /** Draws {@code text} with its baseline starting at (x, y), device pixels. */
    static void haloText(Graphics2D g, String text, LabelStyle style, double scale, double x, double y) {
        haloText(g, text, style.size() * scale, style.bold(), style.color(), style.halo(), style.haloWidth() * scale, x, y);
    }

    /** Draws text with explicit font size, colours and halo width (device pixels). */
    static void haloText(Graphics2D g, String text, double sizePx, boolean bold, Color color, Color halo,
                         double haloPx, double x, double y) {
        TextLayout layout = MapFonts.layout(text, sizePx, bold, g.getFontRenderContext());
        Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, y));
        if (haloPx > 0 && halo.getAlpha() > 0) {
            g.setStroke(new BasicStroke((float) (haloPx * 2), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(halo);
            g.draw(outline);
        }
        g.setColor(color);
        g.fill(outline);
    }

    /** Advance width of text in device pixels. */
    static double width(Graphics2D g, String text, double sizePx, boolean bold) {
        return MapFonts.layout(text, sizePx, bold, g.getFontRenderContext()).getAdvance();
    }
}

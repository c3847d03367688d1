package cn.xuchang.ems.map.render;

import cn.xuchang.ems.map.style.PointSymbol;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * Draws point symbols as vectors at any scale (legend icons, sprites) and exports icons for the UI's
 * own legend. Stateless and thread-safe.
 */
public final class SymbolPainter {

    private SymbolPainter() {
    }

    /** Draws {@code symbol} centred on (cx, cy) in the current user space of {@code g}. */
    public static void paint(Graphics2D g, PointSymbol symbol, double cx, double cy) {
        paint(g, symbol, cx, cy, symbol.size());
    }

    /** Draws {@code symbol} at another size (cluster symbols are drawn larger). */
    public static void paint(Graphics2D g, PointSymbol symbol, double cx, double cy, double size) {
        Shape outline = symbol.shape().outline(cx, cy, size);
        g.setColor(symbol.fill());
        g.fill(outline);
        if (symbol.strokeWidth() > 0) {
            g.setStroke(new BasicStroke((float) symbol.strokeWidth(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(symbol.stroke());
            g.draw(outline);
        }
        if (!symbol.glyph().isEmpty()) {
            TextLayout layout = MapFonts.layout(symbol.glyph(), size * 0.56, true, g.getFontRenderContext());
            Rectangle2D b = layout.getBounds();
            // Centre the ink box, not the advance box: CJK glyph boxes sit high on the baseline.
            double tx = cx - b.getCenterX();
            double ty = cy - b.getCenterY() + symbol.shape().glyphDy() * size;
            Shape text = layout.getOutline(AffineTransform.getTranslateInstance(tx, ty));
            g.setColor(symbol.glyphColor());
            g.fill(text);
        }
    }

    /**
     * An icon of the symbol, {@code scale} device pixels per logical pixel, transparent around it
     * (for legends and layer trees). The icon is square: {@link #spriteSize} logical pixels.
     */
    public static BufferedImage icon(PointSymbol symbol, double scale) {
        int side = (int) Math.ceil(spriteSize(symbol) * scale);
        BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            antialias(g);
            g.scale(scale, scale);
            double c = side / scale / 2.0;
            paint(g, symbol, c, c);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Side of the square a symbol needs, logical pixels (size plus stroke plus a pixel of air). */
    public static double spriteSize(PointSymbol symbol) {
        return Math.ceil(symbol.size() * 1.2 + symbol.strokeWidth() * 2 + 2);
    }

    static void antialias(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }
}

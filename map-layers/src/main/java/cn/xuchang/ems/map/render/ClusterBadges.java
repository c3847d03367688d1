package cn.xuchang.ems.map.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * Count badges of cluster symbols ("37", "1.2k") as cached images: the same few hundred numbers repeat
 * across frames, and laying out text per cluster per frame would dominate a city-view redraw.
 * Thread-safe; the cache is dropped wholesale past {@link #BUDGET_BYTES}.
 */
final class ClusterBadges {

    private record Key(String text, double scale, Color fill, Color ink) {
    }

    /** Pixel bytes of badges kept: a badge is a few KB, a frame shows at most some hundreds. */
    static final long BUDGET_BYTES = 8L << 20;

    private final ImageBudgetCache<Key, BufferedImage> cache = new ImageBudgetCache<>(BUDGET_BYTES, img -> img);

    /** The badge for {@code count}; its centre goes where the caller places it. */
    BufferedImage badge(int count, double scale, Color fill, Color ink) {
        return cache.get(new Key(label(count), scale, fill, ink), ClusterBadges::draw);
    }

    static String label(int count) {
        if (count < 1000) {
            return Integer.toString(count);
        }
        if (count < 10_000) {
            return String.format(java.util.Locale.ROOT, "%.1fk", count / 1000.0);
        }
        return (count / 1000) + "k";
    }

    private static BufferedImage draw(Key k) {
        double s = k.scale;
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D pg = probe.createGraphics();
        SymbolPainter.antialias(pg);
        TextLayout layout = MapFonts.layout(k.text, 10 * s, true, pg.getFontRenderContext());
        pg.dispose();
        Rectangle2D b = layout.getBounds();
        double h = 13 * s;
        double w = Math.max(h, b.getWidth() + 7 * s);
        int iw = (int) Math.ceil(w + 2 * s);
        int ih = (int) Math.ceil(h + 2 * s);
        BufferedImage img = new BufferedImage(iw, ih, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            SymbolPainter.antialias(g);
            RoundRectangle2D pill = new RoundRectangle2D.Double(s, s, w, h, h, h);
            g.setColor(k.fill);
            g.fill(pill);
            g.setColor(k.ink);
            g.setStroke(new BasicStroke((float) (1.2 * s)));
            g.draw(pill);
            double tx = s + w / 2 - b.getCenterX();
            double ty = s + h / 2 - b.getCenterY();
            g.fill(layout.getOutline(AffineTransform.getTranslateInstance(tx, ty)));
        } finally {
            g.dispose();
        }
        return img;
    }
}

package cn.xuchang.ems.map.render;

import cn.xuchang.ems.map.style.LabelStyle;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * Labels rasterised once with their halo and copied as images afterwards: panning and zooming within
 * a level shows the same names again, and laying out and haloing CJK text costs far more than copying
 * it. The halo is the text drawn at offsets around its position (cheap, from the glyph cache) rather
 * than a stroked outline. Thread-safe; dropped wholesale past {@link #BUDGET_BYTES}.
 */
final class LabelSprites {

    /** A label image; the text baseline starts {@code originX}, {@code originY} pixels into it. */
    record Sprite(BufferedImage image, int originX, int originY) {
    }

    private record Key(String text, LabelStyle style, double scale) {
    }

    /**
     * Pixel bytes of labels kept: a 1920×1080 street view places at most about a thousand labels
     * of ~10 KB each (40 KB at HiDPI), so this holds several frames' worth at either scale.
     */
    static final long BUDGET_BYTES = 64L << 20;
    private static final double[][] DIRECTIONS = directions(16);

    private final ImageBudgetCache<Key, Sprite> cache = new ImageBudgetCache<>(BUDGET_BYTES, Sprite::image);

    Sprite get(String text, LabelStyle style, double scale) {
        return cache.get(new Key(text, style, scale), LabelSprites::draw);
    }

    /** Pixel bytes held now. */
    long bytes() {
        return cache.bytes();
    }

    private static Sprite draw(Key k) {
        double size = k.style.size() * k.scale;
        double halo = k.style.haloWidth() * k.scale;
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D pg = probe.createGraphics();
        SymbolPainter.antialias(pg);
        TextLayout layout = MapFonts.layout(k.text, size, k.style.bold(), pg.getFontRenderContext());
        pg.dispose();
        Rectangle2D b = layout.getBounds();
        int pad = (int) Math.ceil(halo) + 2;
        int w = (int) Math.ceil(Math.max(b.getWidth(), layout.getAdvance())) + 2 * pad;
        int h = (int) Math.ceil(layout.getAscent() + layout.getDescent()) + 2 * pad;
        int ox = pad - (int) Math.floor(Math.min(0, b.getX()));
        int oy = pad + (int) Math.ceil(layout.getAscent());
        BufferedImage img = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            SymbolPainter.antialias(g);
            if (halo > 0 && k.style.halo().getAlpha() > 0) {
                g.setColor(k.style.halo());
                for (double r : new double[] {halo, halo * 0.5}) {
                    for (double[] d : DIRECTIONS) {
                        layout.draw(g, (float) (ox + d[0] * r), (float) (oy + d[1] * r));
                    }
                }
            }
            g.setColor(k.style.color());
            layout.draw(g, ox, oy);
        } finally {
            g.dispose();
        }
        return new Sprite(img, ox, oy);
    }

    private static double[][] directions(int n) {
        double[][] d = new double[n][2];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            d[i][0] = Math.cos(a);
            d[i][1] = Math.sin(a);
        }
        return d;
    }
}

package cn.xuchang.ems.map.render;

import cn.xuchang.ems.map.style.PointSymbol;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pre-rasterised point symbols (non-premultiplied ARGB: Java2D has a fast SrcOver loop from ARGB
 * onto the premultiplied frame, but only a generic, three times slower one from ARGB_PRE): a symbol is drawn once per (symbol, device scale) as a vector, then
 * copied as an image for every feature, which is an order of magnitude cheaper than filling and
 * stroking a path per feature. Thread-safe.
 */
final class SymbolSprites {

    /** A rasterised symbol; {@code offset} is the distance from its top-left corner to its centre, device px. */
    record Sprite(BufferedImage image, int offset) {
    }

    private record Key(PointSymbol symbol, double scale) {
    }

    private final Map<Key, Sprite> cache = new ConcurrentHashMap<>();

    Sprite get(PointSymbol symbol, double scale) {
        return cache.computeIfAbsent(new Key(symbol, scale), k -> rasterise(k.symbol, k.scale));
    }

    private static Sprite rasterise(PointSymbol symbol, double scale) {
        int side = (int) Math.ceil(SymbolPainter.spriteSize(symbol) * scale);
        if (side % 2 == 0) {
            side++;
        }
        BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            SymbolPainter.antialias(g);
            double c = side / 2.0;
            g.translate(c, c);
            g.scale(scale, scale);
            SymbolPainter.paint(g, symbol, 0, 0);
        } finally {
            g.dispose();
        }
        return new Sprite(img, side / 2);
    }
}

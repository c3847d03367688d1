package cn.xuchang.ems.app.ui.layers;

import cn.xuchang.ems.map.render.SymbolPainter;
import cn.xuchang.ems.map.style.GeometryType;
import cn.xuchang.ems.map.style.LayerStyle;
import cn.xuchang.ems.map.style.PointSymbol;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/**
 * Legend icons drawn by the map engine's own symbol painter from the layer styles, so the panel
 * shows exactly what the map draws. Drawing (Java2D, which loads the CJK font on first use) may run
 * on any thread; {@link #view} turns an icon into a node on the FX thread. Icons are tiny and made
 * once per layer, so the SwingFXUtils conversion is fine here.
 */
final class LegendIcons {
    /** Icon side, logical pixels. */
    static final int SIDE = 20;

    private LegendIcons() {
    }

    /** The icon of a layer's default look (symbol, line or polygon swatch). Any thread. */
    static BufferedImage draw(LayerStyle style, double scale) {
        if (style.geometry() == GeometryType.POINT && style.symbol() != null) {
            return SymbolPainter.icon(style.symbol(), scale);
        }
        int side = (int) Math.ceil(SIDE * scale);
        BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.scale(scale, scale);
            if (style.geometry() == GeometryType.LINE) {
                Path2D wave = new Path2D.Double();
                wave.moveTo(2, SIDE * 0.65);
                wave.curveTo(SIDE * 0.35, SIDE * 0.2, SIDE * 0.65, SIDE * 0.9, SIDE - 2, SIDE * 0.35);
                if (style.casing() != null) {
                    g.setColor(style.casing());
                    g.setStroke(new BasicStroke((float) Math.max(style.casingWidth(), 3)));
                    g.draw(wave);
                }
                g.setColor(style.stroke() != null ? style.stroke() : Color.GRAY);
                g.setStroke(new BasicStroke((float) Math.max(style.strokeWidth(), 2)));
                g.draw(wave);
            } else {
                Color fill = style.fill() != null ? style.fill()
                        : style.fillByCode().values().stream().findFirst().orElse(Color.LIGHT_GRAY);
                g.setColor(fill);
                g.fillRect(3, 4, SIDE - 6, SIDE - 8);
                g.setColor(style.stroke() != null ? style.stroke() : Color.DARK_GRAY);
                g.setStroke(new BasicStroke((float) Math.max(style.strokeWidth(), 1.2)));
                g.drawRect(3, 4, SIDE - 6, SIDE - 8);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    /** The icon of one point symbol. Any thread. */
    static BufferedImage draw(PointSymbol symbol, double scale) {
        return SymbolPainter.icon(symbol, scale);
    }

    /** A view of an icon drawn at {@code scale} device pixels per logical pixel. FX thread. */
    static ImageView view(BufferedImage img, double scale) {
        Image fx = SwingFXUtils.toFXImage(img, null);
        ImageView v = new ImageView(fx);
        v.setFitWidth(Math.min(SIDE, img.getWidth() / scale));
        v.setPreserveRatio(true);
        v.setSmooth(true);
        return v;
    }
}

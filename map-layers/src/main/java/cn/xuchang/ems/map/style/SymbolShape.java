package cn.xuchang.ems.map.style;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.Locale;

/**
 * Outline shapes of point symbols. Each resource kind gets its own shape (and colour) so kinds stay
 * apart even for colour-blind readers, in the spirit of GB/T 35649 where shape carries the class.
 */
public enum SymbolShape {
    CIRCLE, SQUARE, TRIANGLE, INVERTED_TRIANGLE, DIAMOND, PENTAGON, HEXAGON, STAR, SHIELD, HOUSE, ROUNDED_SQUARE;

    /** The style-file spelling, e.g. {@code inverted-triangle}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses the style-file spelling; {@code null} when unknown. */
    public static SymbolShape fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code.trim().toLowerCase(Locale.ROOT)))
                .findFirst().orElse(null);
    }

    /** Comma-separated codes for error messages. */
    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(SymbolShape::code).toList());
    }

    /**
     * Vertical offset of a glyph inside the shape as a fraction of the size: triangles and houses
     * have their visual centre low or high.
     */
    public double glyphDy() {
        return switch (this) {
            case TRIANGLE -> 0.12;
            case INVERTED_TRIANGLE -> -0.12;
            case HOUSE -> 0.08;
            case SHIELD -> -0.03;
            default -> 0;
        };
    }

    /** The outline centred on (cx, cy) fitting a box of {@code size} pixels. */
    public Shape outline(double cx, double cy, double size) {
        double r = size / 2.0;
        return switch (this) {
            case CIRCLE -> new Ellipse2D.Double(cx - r, cy - r, size, size);
            case SQUARE -> new Rectangle2D.Double(cx - r * 0.9, cy - r * 0.9, size * 0.9, size * 0.9);
            case ROUNDED_SQUARE -> new java.awt.geom.RoundRectangle2D.Double(cx - r * 0.9, cy - r * 0.9,
                    size * 0.9, size * 0.9, r * 0.7, r * 0.7);
            case TRIANGLE -> polygon(cx, cy + r * 0.18, r * 1.15, 3, -90);
            case INVERTED_TRIANGLE -> polygon(cx, cy - r * 0.18, r * 1.15, 3, 90);
            case DIAMOND -> polygon(cx, cy, r * 1.05, 4, -90);
            case PENTAGON -> polygon(cx, cy + r * 0.05, r, 5, -90);
            case HEXAGON -> polygon(cx, cy, r, 6, 0);
            case STAR -> star(cx, cy + r * 0.08, r * 1.15, r * 0.5);
            case SHIELD -> shield(cx, cy, r);
            case HOUSE -> house(cx, cy, r);
        };
    }

    private static Path2D polygon(double cx, double cy, double r, int n, double startDeg) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < n; i++) {
            double a = Math.toRadians(startDeg + 360.0 * i / n);
            double x = cx + r * Math.cos(a);
            double y = cy + r * Math.sin(a);
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }

    private static Path2D star(double cx, double cy, double outer, double inner) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double a = Math.toRadians(-90 + 36.0 * i);
            double x = cx + r * Math.cos(a);
            double y = cy + r * Math.sin(a);
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }

    private static Path2D shield(double cx, double cy, double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(cx - r * 0.9, cy - r * 0.9);
        p.lineTo(cx + r * 0.9, cy - r * 0.9);
        p.lineTo(cx + r * 0.9, cy + r * 0.1);
        p.quadTo(cx + r * 0.8, cy + r * 0.75, cx, cy + r);
        p.quadTo(cx - r * 0.8, cy + r * 0.75, cx - r * 0.9, cy + r * 0.1);
        p.closePath();
        return p;
    }

    private static Path2D house(double cx, double cy, double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(cx, cy - r);
        p.lineTo(cx + r, cy - r * 0.1);
        p.lineTo(cx + r * 0.8, cy - r * 0.1);
        p.lineTo(cx + r * 0.8, cy + r * 0.9);
        p.lineTo(cx - r * 0.8, cy + r * 0.9);
        p.lineTo(cx - r * 0.8, cy - r * 0.1);
        p.lineTo(cx - r, cy - r * 0.1);
        p.closePath();
        return p;
    }
}

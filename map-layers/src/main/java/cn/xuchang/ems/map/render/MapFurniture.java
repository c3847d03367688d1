package cn.xuchang.ems.map.render;

import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.map.projection.MapProjection;
import cn.xuchang.ems.map.projection.ScreenDensity;
import cn.xuchang.ems.map.projection.Viewport;
import cn.xuchang.ems.map.style.FrameStyle;
import cn.xuchang.ems.map.style.GeometryType;
import cn.xuchang.ems.map.style.LayerStyle;
import cn.xuchang.ems.map.style.PointSymbol;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/**
 * Map furniture: scale bar (metres measured in EPSG:4547, whose scale error is a few parts per
 * million in Xuchang), north arrow (turned by the grid convergence at the view centre, so it points
 * to true north) and the legend generated from the styles. Sizes are logical pixels times the scale
 * factor. One instance per frame.
 */
final class MapFurniture {

    private static final double MARGIN = 12;
    private static final double ROW = 20;
    private static final double TEXT = 12.5;
    private static final double ICON = 16;

    private final RenderOptions options;
    private final Viewport vp;
    private final double s;
    private final FrameStyle frame;
    private final MapText text;
    private final ClusterBadges badges;
    private Rectangle2D legendBox;
    private Rectangle2D scaleBox;
    private Rectangle2D northBox;

    MapFurniture(RenderOptions options, Viewport vp, ClusterBadges badges) {
        this.badges = badges;
        this.options = options;
        this.vp = vp;
        this.s = options.scaleFactor();
        this.frame = options.styles().frame();
        this.text = MapText.of(options.locale());
    }

    /** Computes the furniture boxes and keeps labels out of them. */
    void reserve(LabelPlacer labels, int pw, int ph, List<LegendEntry> legend) {
        layout(pw, ph, legend);
        labels.block(legendBox);
        labels.block(scaleBox);
        labels.block(northBox);
    }

    void paint(Graphics2D g, int pw, int ph, List<LegendEntry> legend) {
        if (legendBox == null) {
            layout(pw, ph, legend);
        }
        paintNorthArrow(g);
        paintScaleBar(g);
        paintLegend(g, legend);
    }

    private void layout(int pw, int ph, List<LegendEntry> legend) {
        double m = MARGIN * s;
        northBox = new Rectangle2D.Double(pw - m - 44 * s, m, 44 * s, 62 * s);
        scaleBox = new Rectangle2D.Double(m, ph - m - 40 * s, 190 * s, 40 * s);
        double maxRows = Math.max(1, Math.floor((ph - 2 * m - 34 * s) / (ROW * s)));
        int rows = legend.size() + 1; // + cluster line
        int cols = (int) Math.ceil(rows / maxRows);
        int perCol = (int) Math.ceil(rows / (double) cols);
        double colW = legendColumnWidth(legend);
        double w = cols * colW + 16 * s;
        double h = perCol * ROW * s + 34 * s;
        legendBox = new Rectangle2D.Double(pw - m - w, ph - m - h, w, h);
    }

    private double legendColumnWidth(List<LegendEntry> legend) {
        double longest = LabelPlacer.textWidth(text.get("legend.cluster"), TEXT);
        for (LegendEntry e : legend) {
            longest = Math.max(longest, LabelPlacer.textWidth(e.title(), TEXT));
        }
        return (ICON + 10 + longest + 10) * s;
    }

    private void panel(Graphics2D g, Rectangle2D box) {
        RoundRectangle2D r = new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(),
                8 * s, 8 * s);
        g.setColor(frame.panel());
        g.fill(r);
        g.setColor(frame.panelBorder());
        g.setStroke(new BasicStroke((float) s));
        g.draw(r);
    }

    private void paintNorthArrow(Graphics2D g) {
        double cx = northBox.getCenterX();
        double cy = northBox.getY() + 36 * s;
        panel(g, northBox);
        AffineTransform saved = g.getTransform();
        g.rotate(gridConvergence(), cx, cy);
        double len = 20 * s;
        double half = 8 * s;
        Path2D left = new Path2D.Double();
        left.moveTo(cx, cy - len);
        left.lineTo(cx - half, cy + len * 0.8);
        left.lineTo(cx, cy + len * 0.45);
        left.closePath();
        Path2D right = new Path2D.Double();
        right.moveTo(cx, cy - len);
        right.lineTo(cx + half, cy + len * 0.8);
        right.lineTo(cx, cy + len * 0.45);
        right.closePath();
        g.setColor(frame.ink());
        g.fill(left);
        g.setStroke(new BasicStroke((float) (1.2 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(right);
        g.setTransform(saved);
        String n = text.get("north");
        double size = 13 * s;
        double w = TextPainter.width(g, n, size, true);
        TextPainter.haloText(g, n, size, true, frame.ink(), frame.panel(), 0, cx - w / 2, northBox.getY() + 15 * s);
    }

    /** Angle from grid north to true north at the view centre, radians clockwise. */
    private double gridConvergence() {
        LonLat c = vp.toLonLat(vp.width() / 2.0, vp.height() / 2.0);
        MapProjection p = MapProjection.EPSG_4547;
        double[] a = p.forward(c.lon(), c.lat());
        double[] b = p.forward(c.lon(), Math.min(89.9, c.lat() + 0.01));
        return Math.atan2(b[0] - a[0], b[1] - a[1]);
    }

    private void paintScaleBar(Graphics2D g) {
        double mpp = vp.metresPerPixel();
        double metres = niceLength(130 * mpp);
        double lenPx = metres / mpp * s;
        double x0 = scaleBox.getX() + 12 * s;
        double y0 = scaleBox.getY() + 24 * s;
        double barH = 6 * s;
        double bw = lenPx + 24 * s + TextPainter.width(g, "0000 " + unitOf(metres), 11 * s, false);
        Rectangle2D box = new Rectangle2D.Double(scaleBox.getX(), scaleBox.getY(), Math.max(bw, 80 * s), scaleBox.getHeight());
        panel(g, box);
        for (int i = 0; i < 4; i++) {
            Rectangle2D seg = new Rectangle2D.Double(x0 + i * lenPx / 4, y0, lenPx / 4, barH);
            g.setColor(i % 2 == 0 ? frame.ink() : frame.panel());
            g.fill(seg);
        }
        g.setColor(frame.ink());
        g.setStroke(new BasicStroke((float) s));
        g.draw(new Rectangle2D.Double(x0, y0, lenPx, barH));
        double size = 11 * s;
        TextPainter.haloText(g, "0", size, false, frame.ink(), frame.panel(), 0, x0 - 3 * s, y0 - 4 * s);
        String label = formatLength(metres);
        TextPainter.haloText(g, label, size, false, frame.ink(), frame.panel(), 0,
                x0 + lenPx - TextPainter.width(g, label, size, false) / 2, y0 - 4 * s);
        String scale = "1:" + String.format(java.util.Locale.ROOT, "%,d", Math.round(ScreenDensity.STANDARD.scaleDenominator(mpp) / 100) * 100);
        TextPainter.haloText(g, scale, 10 * s, false, frame.ink(), frame.panel(), 0, x0, y0 + barH + 11 * s);
    }

    /** The largest 1, 2 or 5 × 10^n metres not longer than {@code max}. */
    static double niceLength(double max) {
        double p = Math.pow(10, Math.floor(Math.log10(max)));
        for (double f : new double[] {5, 2, 1}) {
            if (f * p <= max) {
                return f * p;
            }
        }
        return p;
    }

    private String formatLength(double metres) {
        if (metres >= 1000) {
            double km = metres / 1000;
            return (km == Math.rint(km) ? Long.toString((long) km) : Double.toString(km)) + " " + text.get("unit.km");
        }
        return (metres == Math.rint(metres) ? Long.toString((long) metres) : Double.toString(metres)) + " " + text.get("unit.m");
    }

    private String unitOf(double metres) {
        return metres >= 1000 ? text.get("unit.km") : text.get("unit.m");
    }

    private void paintLegend(Graphics2D g, List<LegendEntry> legend) {
        panel(g, legendBox);
        double x = legendBox.getX() + 8 * s;
        double y = legendBox.getY() + 8 * s;
        TextPainter.haloText(g, text.get("legend.title"), 13.5 * s, true, frame.ink(), frame.panel(), 0, x, y + 13 * s);
        double top = y + 24 * s;
        double colW = legendColumnWidth(legend);
        int perCol = (int) Math.max(1, Math.round((legendBox.getHeight() - 34 * s) / (ROW * s)));
        int i = 0;
        for (LegendEntry e : legend) {
            double cx = x + (i / perCol) * colW;
            double cy = top + (i % perCol) * ROW * s + ROW * s / 2;
            paintIcon(g, e, cx + ICON * s / 2, cy);
            TextPainter.haloText(g, e.title(), TEXT * s, false, frame.ink(), frame.panel(), 0,
                    cx + (ICON + 8) * s, cy + TEXT * s * 0.36);
            i++;
        }
        // One line explaining cluster symbols, drawn with the first point layer's symbol.
        legend.stream().filter(e -> e.symbol() != null && !e.layerId().equals("place")).findFirst().ifPresent(e -> {
            int k = legend.size();
            double cx = x + (k / perCol) * colW;
            double cy = top + (k % perCol) * ROW * s + ROW * s / 2;
            PointSymbol sym = e.symbol();
            paintPointIcon(g, sym, cx + ICON * s / 2, cy);
            java.awt.image.BufferedImage badge = badges.badge(12, s, frame.badge(), frame.badgeText());
            double bh = badge.getHeight() * 0.75;
            g.drawImage(badge, (int) (cx + ICON * s * 0.55), (int) (cy - ICON * s * 0.55 - bh * 0.5),
                    (int) (badge.getWidth() * 0.75), (int) bh, null);
            TextPainter.haloText(g, text.get("legend.cluster"), TEXT * s, false, frame.ink(), frame.panel(), 0,
                    cx + (ICON + 8) * s, cy + TEXT * s * 0.36);
        });
    }

    private void paintIcon(Graphics2D g, LegendEntry e, double cx, double cy) {
        LayerStyle st = e.style();
        double h = ICON * s;
        if (e.symbol() != null) {
            paintPointIcon(g, e.symbol(), cx, cy);
        } else if (st.geometry() == GeometryType.POLYGON) {
            Rectangle2D r = new Rectangle2D.Double(cx - h / 2, cy - h * 0.35, h, h * 0.7);
            // Counties: show three of the per-county fills side by side.
            List<Color> fills = st.fillByCode().isEmpty() ? List.of(st.fill())
                    : st.fillByCode().values().stream().sorted((a, b) -> Integer.compare(a.getRGB(), b.getRGB())).limit(3).toList();
            for (int i = 0; i < fills.size(); i++) {
                g.setColor(fills.get(i));
                g.fill(new Rectangle2D.Double(r.getX() + i * h / fills.size(), r.getY(), h / fills.size() + 0.5, r.getHeight()));
            }
            g.setColor(st.stroke());
            g.setStroke(new BasicStroke((float) (Math.max(1, st.strokeWidth()) * s)));
            g.draw(r);
        } else {
            Line2D line = new Line2D.Double(cx - h / 2, cy + h * 0.2, cx + h / 2, cy - h * 0.2);
            if (st.casing() != null) {
                g.setColor(st.casing());
                g.setStroke(new BasicStroke((float) (st.casingWidth() * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(line);
            }
            g.setColor(st.stroke());
            g.setStroke(new BasicStroke((float) (Math.max(1, st.strokeWidth()) * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(line);
        }
    }

    private void paintPointIcon(Graphics2D g, PointSymbol sym, double cx, double cy) {
        AffineTransform saved = g.getTransform();
        g.translate(cx, cy);
        double k = Math.min(1.0, ICON / sym.size()) * s;
        g.scale(k, k);
        SymbolPainter.paint(g, sym, 0, 0);
        g.setTransform(saved);
    }
}

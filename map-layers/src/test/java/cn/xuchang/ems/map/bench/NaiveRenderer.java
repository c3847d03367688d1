package cn.xuchang.ems.map.bench;

import cn.xuchang.ems.map.layer.Layer;
import cn.xuchang.ems.map.layer.LayerStack;
import cn.xuchang.ems.map.layer.MapFeature;
import cn.xuchang.ems.map.projection.Viewport;
import cn.xuchang.ems.map.style.GeometryType;
import cn.xuchang.ems.map.style.LayerStyle;
import cn.xuchang.ems.map.style.PointSymbol;
import cn.xuchang.ems.map.style.StyleSet;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The baseline the engine is measured against: every feature of every layer is drawn each frame,
 * with no spatial index, no culling, no simplification, no clustering and no sprite cache (the
 * point symbol's outline is filled and stroked as a vector; its glyph is left out, which makes the
 * baseline cheaper than a faithful one). Hit-testing scans every feature. Geometries are the same
 * pre-projected ones, so the difference is the engine's level-of-detail work alone.
 */
final class NaiveRenderer {

    private final LayerStack stack;
    private final StyleSet styles;

    NaiveRenderer(LayerStack stack, StyleSet styles) {
        this.stack = stack;
        this.styles = styles;
    }

    BufferedImage render(Viewport vp) {
        BufferedImage img = new BufferedImage(vp.width(), vp.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(styles.frame().background());
        g.fillRect(0, 0, vp.width(), vp.height());
        AffineTransform at = vp.mapToScreen();
        for (Layer layer : stack.layers()) {
            LayerStyle st = styles.get(layer.id());
            if (st.geometry() == GeometryType.POINT) {
                for (MapFeature f : layer.index().features()) {
                    PointSymbol sym = st.symbolFor(f.state());
                    Shape s = sym.shape().outline(vp.screenX(f.x()), vp.screenY(f.y()), sym.size());
                    g.setColor(sym.fill());
                    g.fill(s);
                    g.setColor(sym.stroke());
                    g.setStroke(new BasicStroke((float) sym.strokeWidth()));
                    g.draw(s);
                }
            } else {
                for (MapFeature f : layer.index().features()) {
                    Shape s = at.createTransformedShape(path(f.geometry()));
                    if (st.geometry() == GeometryType.POLYGON) {
                        g.setColor(st.fillFor(f.code()));
                        g.fill(s);
                    }
                    g.setColor(st.stroke());
                    g.setStroke(new BasicStroke((float) st.strokeWidth()));
                    g.draw(s);
                }
            }
        }
        g.dispose();
        return img;
    }

    /** Every feature within {@code tolerancePx} of its symbol edge, nearest first, by scanning all features. */
    List<MapFeature> hitTest(Viewport vp, double sx, double sy, double tolerancePx) {
        record Scored(MapFeature f, double d) {
        }
        List<Scored> out = new ArrayList<>();
        GeometryFactory gf = new GeometryFactory();
        var p = gf.createPoint(new Coordinate(vp.mapX(sx), vp.mapY(sy)));
        for (Layer layer : stack.layers()) {
            LayerStyle st = styles.get(layer.id());
            for (MapFeature f : layer.index().features()) {
                if (st.geometry() == GeometryType.POINT) {
                    double d = Math.hypot(vp.screenX(f.x()) - sx, vp.screenY(f.y()) - sy);
                    if (d <= st.symbolFor(f.state()).size() / 2 + tolerancePx) {
                        out.add(new Scored(f, d));
                    }
                } else if (st.geometry() == GeometryType.POLYGON && f.geometry().contains(p)) {
                    out.add(new Scored(f, Double.MAX_VALUE));
                }
            }
        }
        out.sort(Comparator.comparingDouble(Scored::d));
        return out.stream().map(Scored::f).toList();
    }

    private static Path2D path(Geometry g) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon poly) {
                ring(p, poly.getExteriorRing().getCoordinates());
                for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                    ring(p, poly.getInteriorRingN(h).getCoordinates());
                }
            } else if (part instanceof LineString l) {
                ring(p, l.getCoordinates());
            }
        }
        return p;
    }

    private static void ring(Path2D.Double p, Coordinate[] cs) {
        p.moveTo(cs[0].x, cs[0].y);
        for (int i = 1; i < cs.length; i++) {
            p.lineTo(cs[i].x, cs[i].y);
        }
    }
}

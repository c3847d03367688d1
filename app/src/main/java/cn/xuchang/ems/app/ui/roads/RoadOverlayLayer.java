package cn.xuchang.ems.app.ui.roads;

import cn.xuchang.ems.app.ui.map.MapView;
import cn.xuchang.ems.data.crs.GaussKruger;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.map.projection.Viewport;
import cn.xuchang.ems.map.routing.Barriers;
import cn.xuchang.ems.map.routing.ServiceAreaBand;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.effect.BlurType;
import javafx.scene.effect.DropShadow;
import javafx.scene.text.Text;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Draws the road UI's results over the map: service-area bands as translucent nested fills (widest
 * first), barriers hatched red, and routes as thick polylines labelled with driving minutes and km.
 * Kept in lon/lat and redrawn as the view moves. FX thread only.
 */
public final class RoadOverlayLayer implements RoadMap {
    /** Route colour (tests look for it in the map pixels). */
    public static final Color ROUTE_COLOUR = Color.web("#00c853");
    /** Band fills, innermost (shortest time) first. */
    static final List<Color> BAND_COLOURS = List.of(Color.web("#1b5e20"), Color.web("#f9a825"), Color.web("#e65100"),
            Color.web("#b71c1c"), Color.web("#4a148c"));
    private static final Color BARRIER_COLOUR = Color.web("#d50000");

    private final MapView map;
    private final Group group = new Group();
    private List<RouteLine> routes = List.of();
    private List<ServiceAreaBand> bands = List.of();
    private Barriers barriers = Barriers.NONE;

    /** A layer drawing into {@code map}'s overlay, under the query drawing. */
    public RoadOverlayLayer(MapView map) {
        this.map = map;
        group.setId("road-overlay");
        group.setMouseTransparent(true);
        map.overlay().getChildren().add(0, group);
        map.viewportProperty().addListener((obs, old, v) -> redraw());
    }

    /** The colour of the band at {@code index} (ascending minutes), as in the legend. */
    public static Color bandColour(int index) {
        return BAND_COLOURS.get(Math.min(index, BAND_COLOURS.size() - 1));
    }

    @Override
    public void showRoutes(List<RouteLine> shownRoutes, boolean zoom) {
        routes = List.copyOf(shownRoutes);
        redraw();
        if (zoom) {
            Envelope e = new Envelope();
            routes.forEach(r -> r.points().forEach(p -> expand(e, p)));
            map.zoomTo(e);
        }
    }

    @Override
    public void showServiceAreas(List<ServiceAreaBand> shownBands) {
        bands = List.copyOf(shownBands);
        redraw();
        Envelope e = new Envelope();
        if (!bands.isEmpty()) {
            for (Coordinate c : bands.get(bands.size() - 1).area().getEnvelope().getCoordinates()) {
                expand(e, new LonLat(c.x, c.y));
            }
            map.zoomTo(e);
        }
    }

    @Override
    public void showBarriers(Barriers shownBarriers) {
        barriers = shownBarriers;
        redraw();
    }

    /** The routes drawn now (tests). */
    public List<RouteLine> routes() {
        return routes;
    }

    /** The service-area bands drawn now (tests). */
    public List<ServiceAreaBand> bands() {
        return bands;
    }

    private static void expand(Envelope e, LonLat p) {
        double[] en = GaussKruger.CM_114E.forward(p);
        e.expandToInclude(en[0], en[1]);
    }

    private void redraw() {
        Viewport v = map.viewport();
        List<Node> nodes = new ArrayList<>();
        if (v != null) {
            for (int i = bands.size() - 1; i >= 0; i--) {
                Path p = area(v, bands.get(i).area());
                Color c = bandColour(i);
                p.setFill(Color.color(c.getRed(), c.getGreen(), c.getBlue(), 0.22));
                p.setStroke(c);
                p.setStrokeWidth(1);
                nodes.add(p);
            }
            for (Polygon zone : barriers.zones()) {
                Path p = polygon(v, zone, new Path());
                p.setFill(Color.color(1, 0, 0, 0.25));
                p.setStroke(BARRIER_COLOUR);
                p.setStrokeWidth(2);
                p.getStrokeDashArray().setAll(8.0, 4.0);
                nodes.add(p);
            }
            for (LineString road : barriers.closedRoads()) {
                Polyline l = polyline(v, RouteLine.points(road));
                l.setStroke(BARRIER_COLOUR);
                l.setStrokeWidth(5);
                l.getStrokeDashArray().setAll(6.0, 6.0);
                nodes.add(l);
            }
            for (RouteLine r : routes) {
                if (r.points().size() < 2) {
                    continue;
                }
                Polyline casing = polyline(v, r.points());
                casing.setStroke(Color.WHITE);
                casing.setStrokeWidth(7);
                Polyline line = polyline(v, r.points());
                line.setStroke(ROUTE_COLOUR);
                line.setStrokeWidth(4);
                line.getStyleClass().add("road-route");
                nodes.add(casing);
                nodes.add(line);
            }
            for (RouteLine r : routes) {
                if (r.points().isEmpty()) {
                    continue;
                }
                // the label sits at the resource end, where the dispatcher looks for "who"
                var at = v.toScreen(r.points().get(0));
                Text t = new Text(at.x + 6, at.y - 6, String.format(Locale.ROOT, "%s  %.1f min · %.2f km", r.name(),
                        r.timeS() / 60, r.distanceM() / 1000));
                t.setFill(Color.web("#0b3d13"));
                t.setEffect(new DropShadow(BlurType.GAUSSIAN, Color.WHITE, 3, 0.9, 0, 0));
                t.getStyleClass().add("road-route-label");
                nodes.add(t);
            }
        }
        group.getChildren().setAll(nodes);
    }

    private static Path area(Viewport v, MultiPolygon mp) {
        Path p = new Path();
        for (int i = 0; i < mp.getNumGeometries(); i++) {
            polygon(v, (Polygon) mp.getGeometryN(i), p);
        }
        return p;
    }

    private static Path polygon(Viewport v, Polygon poly, Path into) {
        into.setFillRule(FillRule.EVEN_ODD);
        ring(v, poly.getExteriorRing().getCoordinates(), into);
        for (int h = 0; h < poly.getNumInteriorRing(); h++) {
            ring(v, poly.getInteriorRingN(h).getCoordinates(), into);
        }
        return into;
    }

    private static void ring(Viewport v, Coordinate[] cs, Path into) {
        for (int i = 0; i < cs.length; i++) {
            var s = v.toScreen(new LonLat(cs[i].x, cs[i].y));
            into.getElements().add(i == 0 ? new MoveTo(s.x, s.y) : new LineTo(s.x, s.y));
        }
        into.getElements().add(new ClosePath());
    }

    private static Polyline polyline(Viewport v, List<LonLat> points) {
        Polyline l = new Polyline();
        for (LonLat p : points) {
            var s = v.toScreen(p);
            l.getPoints().addAll(s.x, s.y);
        }
        l.setStrokeLineCap(StrokeLineCap.ROUND);
        l.setStrokeLineJoin(StrokeLineJoin.ROUND);
        return l;
    }
}

package cn.xuchang.ems.app.ui.map;

import cn.xuchang.ems.app.ui.query.QueryOverlay;
import cn.xuchang.ems.app.ui.query.QueryResultMap;
import cn.xuchang.ems.data.crs.GaussKruger;
import cn.xuchang.ems.data.crs.Geodesy;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.map.projection.Viewport;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws query results (the query panel's {@link QueryOverlay}) over the map: the incident as the
 * map pin, a line to each result, camera sectors, service circles (geodesic, so a 2 km circle is
 * 2 km on the ground in every direction) and gap points; the map zooms to show them all. Kept in
 * lon/lat and redrawn as the view moves. FX thread only.
 */
public final class QueryOverlayLayer implements QueryResultMap {
    /** Vertices of a drawn service circle. */
    static final int CIRCLE_VERTICES = 72;

    private final MapView map;
    private final Group group = new Group();
    private QueryOverlay shown = QueryOverlay.EMPTY;
    private List<List<LonLat>> circleRings = List.of();

    public QueryOverlayLayer(MapView map) {
        this.map = map;
        group.setId("query-overlay");
        group.setMouseTransparent(true);
        map.overlay().getChildren().add(0, group);
        map.viewportProperty().addListener((obs, old, v) -> redraw());
    }

    @Override
    public void show(QueryOverlay overlay) {
        shown = overlay == null ? QueryOverlay.EMPTY : overlay;
        circleRings = shown.circles().stream().map(c -> ring(c.centre(), c.radiusM())).toList();
        map.setPin(shown.incident());
        redraw();
        Envelope extent = extent();
        if (!extent.isNull() && overlay != QueryOverlay.EMPTY) {
            // a dispatcher wants to see the incident and every answer at once
            map.zoomTo(extent);
        }
    }

    /** EPSG:4547 envelope of everything drawn. */
    private Envelope extent() {
        Envelope e = new Envelope();
        List<LonLat> points = new ArrayList<>(shown.lineEnds());
        points.addAll(shown.gapPoints());
        if (shown.incident() != null) {
            points.add(shown.incident());
        }
        circleRings.forEach(points::addAll);
        shown.sectors().forEach(points::addAll);
        for (LonLat p : points) {
            double[] en = GaussKruger.CM_114E.forward(p);
            e.expandToInclude(en[0], en[1]);
        }
        return e;
    }

    @Override
    public void clear() {
        show(QueryOverlay.EMPTY);
    }

    /** What is drawn now (tests). */
    public QueryOverlay shown() {
        return shown;
    }

    private static List<LonLat> ring(LonLat centre, double radiusM) {
        List<LonLat> ring = new ArrayList<>(CIRCLE_VERTICES);
        for (int i = 0; i < CIRCLE_VERTICES; i++) {
            ring.add(Geodesy.destination(centre, 360.0 * i / CIRCLE_VERTICES, radiusM));
        }
        return ring;
    }

    private void redraw() {
        Viewport v = map.viewport();
        List<Node> nodes = new ArrayList<>();
        if (v != null) {
            for (List<LonLat> ring : circleRings) {
                nodes.add(polygon(v, ring, "query-circle"));
            }
            for (List<LonLat> sector : shown.sectors()) {
                nodes.add(polygon(v, sector, "query-sector"));
            }
            if (shown.incident() != null) {
                var from = v.toScreen(shown.incident());
                for (LonLat end : shown.lineEnds()) {
                    var to = v.toScreen(end);
                    Line l = new Line(from.x, from.y, to.x, to.y);
                    l.getStyleClass().add("query-line");
                    nodes.add(l);
                }
            }
            for (LonLat gap : shown.gapPoints()) {
                var p = v.toScreen(gap);
                Circle c = new Circle(p.x, p.y, 5);
                c.getStyleClass().add("query-gap");
                nodes.add(c);
            }
        }
        group.getChildren().setAll(nodes);
    }

    private static Polygon polygon(Viewport v, List<LonLat> ring, String styleClass) {
        Polygon p = new Polygon();
        for (LonLat q : ring) {
            var s = v.toScreen(q);
            p.getPoints().addAll(s.x, s.y);
        }
        p.getStyleClass().add(styleClass);
        return p;
    }
}

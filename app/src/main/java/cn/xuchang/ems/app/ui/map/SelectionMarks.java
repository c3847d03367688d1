package cn.xuchang.ems.app.ui.map;

import cn.xuchang.ems.map.projection.Viewport;
import java.util.List;
import java.util.Objects;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Circle;
import javafx.scene.transform.Transform;

/**
 * The small rings on the selected resources, stamped on one canvas rather than built as one node
 * per ring: a box selection over the city selects thousands, and thousands of nodes cost the FX
 * thread a CSS and a bounds pass (measured with the UI benchmark: 55–90 ms when 2,000 appeared at
 * once). The ring is drawn once into a small image and copied to each position, which paints far
 * faster than thousands of anti-aliased ovals. Its look comes from the {@code selection-mark} style
 * class, through one invisible styled circle. FX thread only.
 */
final class SelectionMarks extends Pane {
    /** Radius of a ring, logical pixels. */
    static final double RADIUS = 8;
    /** The stamp is drawn at this many pixels per logical pixel, so it stays crisp on HiDPI screens. */
    private static final double STAMP_SCALE = 2;

    private final Canvas canvas = new Canvas();
    private final Circle look = new Circle(RADIUS);
    private List<double[]> points = List.of();
    private Image stamp;
    private Object stampLook;

    SelectionMarks() {
        look.getStyleClass().add("selection-mark");
        look.setVisible(false);
        look.setManaged(false);
        canvas.setManaged(false);
        getChildren().addAll(look, canvas);
        setManaged(false);
        setMouseTransparent(true);
        setPickOnBounds(false);
    }

    /** Marks these map positions (EPSG:4547 easting, northing) from now on. */
    void setPoints(List<double[]> mapPoints) {
        this.points = List.copyOf(mapPoints);
    }

    /** Draws the rings where the positions are in {@code v}; returns how many are in view (null: none). */
    int draw(Viewport v) {
        if (v == null || points.isEmpty()) {
            // no canvas at all while nothing is selected: no texture to keep or to clear every frame
            canvas.setWidth(0);
            canvas.setHeight(0);
            return 0;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        if (canvas.getWidth() != v.width() || canvas.getHeight() != v.height()) {
            canvas.setWidth(v.width());
            canvas.setHeight(v.height());
        }
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        Image ring = stamp();
        double half = ring.getWidth() / STAMP_SCALE / 2;
        int drawn = 0;
        for (double[] p : points) {
            double x = v.screenX(p[0]);
            double y = v.screenY(p[1]);
            if (x < -half || y < -half || x > v.width() + half || y > v.height() + half) {
                continue;
            }
            g.drawImage(ring, x - half, y - half, 2 * half, 2 * half);
            drawn++;
        }
        return drawn;
    }

    /** The ring as an image, drawn again only when the style (theme) changed. */
    private Image stamp() {
        look.applyCss();
        Paint fill = look.getFill();
        Paint stroke = look.getStroke();
        double width = look.getStrokeWidth();
        List<Object> now = List.of(Objects.requireNonNullElse(fill, Color.TRANSPARENT),
                Objects.requireNonNullElse(stroke, Color.TRANSPARENT), width);
        if (stamp == null || !now.equals(stampLook)) {
            double size = Math.ceil(2 * RADIUS + width + 2);
            Canvas one = new Canvas(size, size);
            GraphicsContext g = one.getGraphicsContext2D();
            g.setFill(fill);
            g.setStroke(stroke);
            g.setLineWidth(width);
            double inset = (size - 2 * RADIUS) / 2;
            g.fillOval(inset, inset, 2 * RADIUS, 2 * RADIUS);
            g.strokeOval(inset, inset, 2 * RADIUS, 2 * RADIUS);
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.TRANSPARENT);
            params.setTransform(Transform.scale(STAMP_SCALE, STAMP_SCALE));
            stamp = one.snapshot(params, null);
            stampLook = now;
        }
        return stamp;
    }
}

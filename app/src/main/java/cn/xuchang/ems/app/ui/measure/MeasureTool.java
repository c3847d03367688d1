package cn.xuchang.ems.app.ui.measure;

import cn.xuchang.ems.app.ui.i18n.Messages;
import cn.xuchang.ems.app.ui.map.MapClick;
import cn.xuchang.ems.app.ui.map.MapView;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.map.projection.Viewport;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;

/**
 * Measures a line's length or a polygon's area on the map, ellipsoidally ({@link EllipsoidalMeasure}).
 * Clicks add points, the cursor drags a rubber band to the next one, a double click (or a right
 * click) ends the measurement and Esc clears it. Points are kept in lon/lat and redrawn when the
 * view moves. FX thread only.
 */
public final class MeasureTool {
    private final MapView map;
    private final Messages messages;
    private final Polyline line = new Polyline();
    private final Polygon area = new Polygon();
    private final Label label = new Label();
    private final List<LonLat> points = new ArrayList<>();
    private final List<Circle> vertices = new ArrayList<>();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private boolean measuringArea;
    private boolean finished;
    private LonLat hover;

    public MeasureTool(MapView map, Messages messages) {
        this.map = map;
        this.messages = messages;
        line.getStyleClass().add("measure-line");
        area.getStyleClass().add("measure-area");
        label.getStyleClass().add("measure-label");
        label.setId("measure-label");
        map.viewportProperty().addListener((obs, old, v) -> redraw());
    }

    /** The latest result text ("" while nothing is measured). */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Starts measuring lengths ({@code false}) or areas ({@code true}), dropping any measurement. */
    public void start(boolean areas) {
        clear();
        measuringArea = areas;
    }

    /** Removes the measurement from the map. */
    public void clear() {
        points.clear();
        hover = null;
        finished = false;
        map.overlay().getChildren().removeAll(line, area, label);
        map.overlay().getChildren().removeAll(vertices);
        vertices.clear();
        result.set("");
    }

    /** Handles a click of the measuring tool. */
    public void click(MapClick c) {
        Viewport v = map.viewport();
        if (v == null) {
            return;
        }
        if (c.secondary() && !points.isEmpty() && !finished) {
            // a right click ends the line where it is clicked
            points.add(v.toLonLat(c.x(), c.y()));
            addVertex();
        }
        if (c.secondary() || c.count() >= 2) {
            finished = !points.isEmpty();
            hover = null;
            redraw();
            return;
        }
        if (finished) {
            boolean areas = measuringArea;
            clear();
            measuringArea = areas;
        }
        if (points.isEmpty()) {
            map.overlay().getChildren().addAll(measuringArea ? area : line, label);
        }
        points.add(v.toLonLat(c.x(), c.y()));
        addVertex();
        redraw();
    }

    private void addVertex() {
        Circle dot = new Circle(3.5);
        dot.getStyleClass().add("measure-vertex");
        vertices.add(dot);
        map.overlay().getChildren().add(dot);
    }

    /** Follows the cursor with a rubber band from the last point. */
    public void hover(double x, double y) {
        Viewport v = map.viewport();
        if (v == null || points.isEmpty() || finished) {
            return;
        }
        hover = v.toLonLat(x, y);
        redraw();
    }

    private void redraw() {
        Viewport v = map.viewport();
        if (v == null || points.isEmpty()) {
            return;
        }
        List<LonLat> shown = new ArrayList<>(points);
        if (hover != null) {
            shown.add(hover);
        }
        List<Double> xy = new ArrayList<>();
        for (LonLat p : shown) {
            var s = v.toScreen(p);
            xy.add(s.x);
            xy.add(s.y);
        }
        for (int i = 0; i < vertices.size(); i++) {
            var s = v.toScreen(points.get(i));
            vertices.get(i).setCenterX(s.x);
            vertices.get(i).setCenterY(s.y);
        }
        line.getPoints().setAll(xy);
        area.getPoints().setAll(xy);
        result.set(text(shown));
        label.setText(result.get());
        var last = v.toScreen(shown.get(shown.size() - 1));
        label.relocate(last.x + 10, last.y + 8);
    }

    private String text(List<LonLat> shown) {
        if (measuringArea) {
            return messages.get("measure.areaResult", areaText(EllipsoidalMeasure.area(shown)),
                    lengthText(EllipsoidalMeasure.perimeter(shown)));
        }
        return messages.get("measure.lengthResult", lengthText(EllipsoidalMeasure.length(shown)));
    }

    private String lengthText(double m) {
        NumberFormat nf = NumberFormat.getNumberInstance(messages.locale());
        if (m < 1000) {
            nf.setMaximumFractionDigits(1);
            return messages.get("unit.m", nf.format(m));
        }
        nf.setMaximumFractionDigits(3);
        return messages.get("unit.km", nf.format(m / 1000));
    }

    private String areaText(double m2) {
        NumberFormat nf = NumberFormat.getNumberInstance(messages.locale());
        nf.setMaximumFractionDigits(2);
        NumberFormat ha = NumberFormat.getNumberInstance(messages.locale());
        ha.setMaximumFractionDigits(2);
        if (m2 < 1e6) {
            nf.setMaximumFractionDigits(0);
            return messages.get("unit.m2", nf.format(m2), ha.format(m2 / 1e4));
        }
        return messages.get("unit.km2", nf.format(m2 / 1e6), ha.format(m2 / 1e4));
    }
}

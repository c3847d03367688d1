package cn.xuchang.ems.app.ui.editing;

import cn.xuchang.ems.app.ui.map.MapView;
import cn.xuchang.ems.app.ui.selection.SelectionModel;
import cn.xuchang.ems.data.crs.GaussKruger;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.map.projection.Viewport;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The map's edit gestures, ahead of the navigation (an event filter): with "add" a click places a
 * new resource; with "move" a drag that starts on a selected feature carries it along (its ring
 * follows the cursor) and stores the move on release, while a drag elsewhere still pans (and a click
 * still selects). Esc ends the edit gesture. FX thread only.
 */
public final class MapEditTool {
    /** What a primary click or drag on the map does. */
    public enum Mode { NONE, ADD, MOVE }

    /** A press this close (pixels) to a selected feature grabs it. */
    static final double GRAB_PX = 12;

    private final EditingSession session;
    private final MapView map;
    private final SelectionModel selection;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.NONE);
    private Resource grabbed;
    private double pressX;
    private double pressY;

    MapEditTool(EditingSession session, MapView map, SelectionModel selection) {
        this.session = session;
        this.map = map;
        this.selection = selection;
        map.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        map.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        map.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        map.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                mode.set(Mode.NONE);
            }
        });
        mode.addListener((obs, old, m) -> map.setCursor(m == Mode.NONE ? null : Cursor.CROSSHAIR));
    }

    /** The active edit gesture (NONE: the navigation's tools have the map). */
    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || map.viewport() == null) {
            return;
        }
        pressX = e.getX();
        pressY = e.getY();
        if (mode.get() == Mode.ADD) {
            e.consume();
        } else if (mode.get() == Mode.MOVE) {
            grabbed = grab(e.getX(), e.getY());
            if (grabbed != null) {
                map.requestFocus();
                e.consume();
            }
        }
    }

    private void dragged(MouseEvent e) {
        if (grabbed != null) {
            LonLat p = map.viewport().toLonLat(e.getX(), e.getY());
            map.setSelection(List.of(p), p);
            e.consume();
        } else if (mode.get() == Mode.ADD) {
            e.consume();
        }
    }

    private void released(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || map.viewport() == null) {
            return;
        }
        Viewport v = map.viewport();
        if (grabbed != null) {
            Resource r = grabbed;
            grabbed = null;
            e.consume();
            if (Math.hypot(e.getX() - pressX, e.getY() - pressY) >= 1) {
                session.move(r, v.toLonLat(e.getX(), e.getY()));
            }
        } else if (mode.get() == Mode.ADD) {
            e.consume();
            if (Math.hypot(e.getX() - pressX, e.getY() - pressY) < 4) {
                LonLat at = v.toLonLat(e.getX(), e.getY());
                // after this event: the dialog waits in a nested loop
                javafx.application.Platform.runLater(() -> session.addAt(at));
            }
        }
    }

    /** The selected resource drawn within {@link #GRAB_PX} of (x, y), the nearest one. */
    private Resource grab(double x, double y) {
        Viewport v = map.viewport();
        Resource best = null;
        double bestD = GRAB_PX;
        for (Resource r : selection.selectedProperty()) {
            double[] en = GaussKruger.CM_114E.forward(r.location());
            double d = Math.hypot(v.screenX(en[0]) - x, v.screenY(en[1]) - y);
            if (d <= bestD) {
                best = r;
                bestD = d;
            }
        }
        return best;
    }
}

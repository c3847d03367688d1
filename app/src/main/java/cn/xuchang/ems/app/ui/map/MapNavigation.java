package cn.xuchang.ems.app.ui.map;

import cn.xuchang.ems.map.projection.Viewport;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.locationtech.jts.geom.Envelope;

/**
 * The map canvas gestures, as QGIS and ArcGIS Pro users expect them: drag pans (the point under the
 * cursor stays under it), the wheel zooms at the cursor, a click identifies, Shift+drag or the box
 * tool zooms into a rectangle; keys: arrows pan, +/− zoom, Home shows Xuchang, Alt+←/→ step through
 * the view history. FX thread only.
 */
public final class MapNavigation {
    /** A press and release closer than this (pixels) is a click, not a drag. */
    static final double CLICK_SLOP_PX = 3;
    /** Zoom per wheel notch: √2, so two notches double the scale. */
    static final double WHEEL_NOTCH_ZOOM = Math.sqrt(2);
    /** Zoom per +/− key press. */
    static final double KEY_ZOOM = 2;
    /** Arrow keys pan by this share of the view. */
    static final double KEY_PAN_SHARE = 0.25;

    private final MapView map;
    private final BooleanProperty boxZoomTool = new SimpleBooleanProperty(this, "boxZoomTool");
    private BiConsumer<Double, Double> onClick = (x, y) -> { };
    private BiConsumer<Double, Double> onMove = (x, y) -> { };
    private Runnable onExit = () -> { };

    private Viewport pressView;
    private double pressX;
    private double pressY;
    private boolean dragging;
    private boolean boxing;

    private MapNavigation(MapView map) {
        this.map = map;
    }

    /** Installs the gestures on {@code map}. */
    public static MapNavigation install(MapView map) {
        MapNavigation n = new MapNavigation(map);
        map.addEventHandler(MouseEvent.MOUSE_PRESSED, n::pressed);
        map.addEventHandler(MouseEvent.MOUSE_DRAGGED, n::dragged);
        map.addEventHandler(MouseEvent.MOUSE_RELEASED, n::released);
        map.addEventHandler(MouseEvent.MOUSE_MOVED, e -> n.onMove.accept(e.getX(), e.getY()));
        map.addEventHandler(MouseEvent.MOUSE_EXITED, e -> n.onExit.run());
        map.addEventHandler(ScrollEvent.SCROLL, n::scrolled);
        map.addEventHandler(KeyEvent.KEY_PRESSED, n::keyPressed);
        return n;
    }

    /** When true, a plain drag draws a zoom box instead of panning (the tool-bar toggle). */
    public BooleanProperty boxZoomToolProperty() {
        return boxZoomTool;
    }

    /** Told the screen position of a click (not a drag). */
    public void setOnClick(BiConsumer<Double, Double> c) {
        this.onClick = c;
    }

    /** Told the cursor position while it moves over the map (also during drags). */
    public void setOnMove(BiConsumer<Double, Double> c) {
        this.onMove = c;
    }

    /** Told when the cursor leaves the map. */
    public void setOnExit(Runnable r) {
        this.onExit = r;
    }

    private void pressed(MouseEvent e) {
        map.requestFocus();
        if (e.getButton() != MouseButton.PRIMARY || map.viewport() == null) {
            return;
        }
        pressView = map.viewport();
        pressX = e.getX();
        pressY = e.getY();
        dragging = false;
        boxing = e.isShiftDown() || boxZoomTool.get();
    }

    private void dragged(MouseEvent e) {
        if (pressView == null) {
            return;
        }
        onMove.accept(e.getX(), e.getY());
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!dragging && Math.hypot(dx, dy) < CLICK_SLOP_PX) {
            return;
        }
        dragging = true;
        if (boxing) {
            map.showBox(box(e));
        } else {
            // always relative to the view at the press: no drift from accumulated rounding
            map.setViewport(pressView.pan(dx, dy), false);
        }
    }

    private void released(MouseEvent e) {
        if (pressView == null) {
            return;
        }
        Viewport start = pressView;
        pressView = null;
        if (!dragging) {
            onClick.accept(e.getX(), e.getY());
            return;
        }
        if (boxing) {
            map.showBox(null);
            Rectangle2D b = box(e);
            if (b.getWidth() >= CLICK_SLOP_PX && b.getHeight() >= CLICK_SLOP_PX) {
                Viewport v = map.viewport();
                map.zoomTo(new Envelope(v.mapX(b.getMinX()), v.mapX(b.getMaxX()),
                        v.mapY(b.getMinY()), v.mapY(b.getMaxY())));
            }
        } else {
            map.setViewport(start.pan(e.getX() - pressX, e.getY() - pressY), false);
            map.recordView();
        }
    }

    private Rectangle2D box(MouseEvent e) {
        double x0 = Math.min(pressX, e.getX());
        double y0 = Math.min(pressY, e.getY());
        return new Rectangle2D(x0, y0, Math.abs(e.getX() - pressX), Math.abs(e.getY() - pressY));
    }

    private void scrolled(ScrollEvent e) {
        Viewport v = map.viewport();
        if (v == null || e.getDeltaY() == 0) {
            return;
        }
        // deltaY is multiplierY per wheel notch (40 on desktops) and fractional on touchpads:
        // zoom in proportion, so a touchpad zooms smoothly and a wheel in sqrt(2) steps
        double perNotch = e.getMultiplierY() > 0 ? e.getMultiplierY() : 40.0;
        double notches = e.getDeltaY() / perNotch;
        double factor = Math.pow(WHEEL_NOTCH_ZOOM, notches);
        map.setViewport(v.zoomAt(factor, e.getX(), e.getY()), true);
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        Viewport v = map.viewport();
        if (v == null) {
            return;
        }
        KeyCode k = e.getCode();
        if (e.isAltDown() && k == KeyCode.LEFT) {
            map.back();
        } else if (e.isAltDown() && k == KeyCode.RIGHT) {
            map.forward();
        } else if (k == KeyCode.LEFT) {
            map.setViewport(v.pan(v.width() * KEY_PAN_SHARE, 0), true);
        } else if (k == KeyCode.RIGHT) {
            map.setViewport(v.pan(-v.width() * KEY_PAN_SHARE, 0), true);
        } else if (k == KeyCode.UP) {
            map.setViewport(v.pan(0, v.height() * KEY_PAN_SHARE), true);
        } else if (k == KeyCode.DOWN) {
            map.setViewport(v.pan(0, -v.height() * KEY_PAN_SHARE), true);
        } else if (k == KeyCode.PLUS || k == KeyCode.ADD || k == KeyCode.EQUALS) {
            map.setViewport(v.zoom(KEY_ZOOM), true);
        } else if (k == KeyCode.MINUS || k == KeyCode.SUBTRACT) {
            map.setViewport(v.zoom(1 / KEY_ZOOM), true);
        } else if (k == KeyCode.HOME) {
            map.zoomHome();
        } else {
            return;
        }
        e.consume();
    }
}

package cn.xuchang.ems.app.ui.map;

import cn.xuchang.ems.map.projection.Viewport;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.locationtech.jts.geom.Envelope;

/**
 * The map canvas gestures, as QGIS and ArcGIS Pro users expect them: drag pans (the point under the
 * cursor stays under it), the wheel zooms at the cursor in smooth steps, a click identifies, Shift+drag or the box
 * tool zooms into a rectangle; keys: arrows pan, +/− zoom, Home shows Xuchang, Alt+←/→ step through
 * the view history; Ctrl+drag (or the select tool) selects the resources in a rectangle. Measuring
 * tools get the clicks. FX thread only.
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
    private final ObjectProperty<MapTool> tool = new SimpleObjectProperty<>(this, "tool", MapTool.PAN);
    private Consumer<MapClick> onClick = c -> { };
    private Consumer<Envelope> onBoxSelect = e -> { };
    private BiConsumer<Double, Double> onMove = (x, y) -> { };
    private Runnable onExit = () -> { };
    private Runnable onEscape = () -> { };

    private Viewport pressView;
    private double pressX;
    private double pressY;
    private boolean dragging;
    private boolean boxing;
    private boolean selecting;

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

    /** The active tool (the tool bar's choice). */
    public ObjectProperty<MapTool> toolProperty() {
        return tool;
    }

    /** Told about each click (not a drag), with any button. */
    public void setOnClick(Consumer<MapClick> c) {
        this.onClick = c;
    }

    /** Told the map rectangle (EPSG:4547) of a box selection. */
    public void setOnBoxSelect(Consumer<Envelope> c) {
        this.onBoxSelect = c;
    }

    /** Told the cursor position while it moves over the map (also during drags). */
    public void setOnMove(BiConsumer<Double, Double> c) {
        this.onMove = c;
    }

    /** Told when Esc is pressed on the map (cancel the measurement, clear the selection). */
    public void setOnEscape(Runnable r) {
        this.onEscape = r;
    }

    /** Told when the cursor leaves the map. */
    public void setOnExit(Runnable r) {
        this.onExit = r;
    }

    private void pressed(MouseEvent e) {
        map.requestFocus();
        // a drag or a click works on the view the wheel was heading for, not on a passing one
        map.finishZoom();
        if (map.viewport() == null) {
            return;
        }
        if (e.getButton() == MouseButton.SECONDARY) {
            onClick.accept(new MapClick(e.getX(), e.getY(), e.getClickCount(), true));
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressView = map.viewport();
        pressX = e.getX();
        pressY = e.getY();
        dragging = false;
        selecting = e.isShortcutDown() || tool.get() == MapTool.BOX_SELECT;
        boxing = selecting || e.isShiftDown() || tool.get() == MapTool.BOX_ZOOM;
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
            onClick.accept(new MapClick(e.getX(), e.getY(), e.getClickCount(), false));
            return;
        }
        if (boxing) {
            map.showBox(null);
            Rectangle2D b = box(e);
            if (b.getWidth() >= CLICK_SLOP_PX && b.getHeight() >= CLICK_SLOP_PX) {
                Viewport v = map.viewport();
                Envelope env = new Envelope(v.mapX(b.getMinX()), v.mapX(b.getMaxX()),
                        v.mapY(b.getMinY()), v.mapY(b.getMaxY()));
                if (selecting) {
                    onBoxSelect.accept(env);
                } else {
                    map.zoomTo(env);
                }
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
        map.zoomStep(factor, e.getX(), e.getY());
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (map.viewport() == null) {
            return;
        }
        KeyCode k = e.getCode();
        boolean zoomKey = k == KeyCode.PLUS || k == KeyCode.ADD || k == KeyCode.EQUALS
                || k == KeyCode.MINUS || k == KeyCode.SUBTRACT;
        if (!zoomKey) {
            // pan from where the zoom is going, so a key pressed mid-step neither drops nor undoes it
            map.finishZoom();
        }
        Viewport v = map.viewport();
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
            map.zoomStep(KEY_ZOOM, v.width() / 2.0, v.height() / 2.0);
        } else if (k == KeyCode.MINUS || k == KeyCode.SUBTRACT) {
            map.zoomStep(1 / KEY_ZOOM, v.width() / 2.0, v.height() / 2.0);
        } else if (k == KeyCode.HOME) {
            map.zoomHome();
        } else if (k == KeyCode.ESCAPE) {
            onEscape.run();
        } else {
            return;
        }
        e.consume();
    }
}

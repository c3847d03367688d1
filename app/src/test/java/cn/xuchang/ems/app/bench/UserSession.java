package cn.xuchang.ems.app.bench;

import cn.xuchang.ems.app.ui.map.MapTool;
import cn.xuchang.ems.app.ui.table.AttributeTable;
import cn.xuchang.ems.data.crs.GaussKruger;
import cn.xuchang.ems.data.domain.BaseLayer;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.map.layer.Layer;
import cn.xuchang.ems.map.layer.MapFeature;
import cn.xuchang.ems.map.layer.ResourceLayer;
import cn.xuchang.ems.map.projection.Viewport;
import cn.xuchang.ems.map.render.RenderedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.InvalidationListener;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import org.locationtech.jts.geom.Envelope;

/**
 * One scripted session of a dispatcher on the main window, driven through the robot like a user:
 * drag pans, wheel zooms from the city to street view at the cursor and back, key pans and zooms,
 * clicks that identify, a box selection of thousands, layer toggles in the layer tree, the night
 * theme and an attribute table. Each action ends when what it asked for is on screen (the frame of
 * the new view, the attributes, the selection) plus a short look.
 */
final class UserSession {
    /** One named step of the script. */
    record Action(String name, Step step) {
    }

    /** A step of the script; may wait and fail. */
    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    /** Central 魏都区, where the data is densest. */
    static final LonLat TOWN_CENTRE = new LonLat(113.826, 34.026);
    private static final int DRAG_PX = 300;
    private static final int DRAG_STEPS = 20;
    /** √2 per notch: 11 notches take the whole-city view (~100 m/px) to street view (~2 m/px). */
    private static final int ZOOM_NOTCHES = 11;
    private static final long LOOK_MS = 100;

    private final BenchWindow w;
    private final UserHand hand;
    private final List<ResourceKind> firstOpened = new ArrayList<>();

    UserSession(BenchWindow w) {
        this.w = w;
        this.hand = new UserHand(w);
    }

    /** The script, in order; it starts and ends on the whole-city view with nothing selected. */
    List<Action> actions() {
        return List.of(
                new Action("home-key", () -> keys(KeyCode.HOME)),
                new Action("drag-pan-city", () -> drags(2)),
                new Action("wheel-zoom-in", () -> wheel(VerticalDirection.UP)),
                new Action("drag-pan-street", () -> drags(4)),
                new Action("key-pan-zoom", () -> keys(KeyCode.LEFT, KeyCode.UP, KeyCode.RIGHT, KeyCode.DOWN,
                        KeyCode.MINUS, KeyCode.EQUALS)),
                new Action("identify-click", this::identify),
                new Action("wheel-zoom-out", () -> wheel(VerticalDirection.DOWN)),
                new Action("home-key", () -> keys(KeyCode.HOME)),
                new Action("box-select", this::boxSelect),
                new Action("clear-selection", () -> keys(KeyCode.ESCAPE)),
                new Action("layer-toggle", this::toggleLayers),
                new Action("night-theme", this::nightTheme),
                new Action("attribute-table", () -> attributeTable(ResourceKind.SHELTER)),
                new Action("table-first-open", () -> attributeTable(neverOpened())));
    }

    /** Puts the window back where the script starts (not measured). */
    void reset() throws TimeoutException {
        w.fxRun(() -> {
            w.main().selection().clear();
            w.main().toolProperty().set(MapTool.PAN);
            w.main().darkMapProperty().set(false);
            w.map().zoomHome();
        });
        w.awaitFrame();
    }

    private void keys(KeyCode... codes) throws Exception {
        w.fxRun(() -> w.map().requestFocus());
        for (KeyCode k : codes) {
            hand.type(k);
            settle();
        }
    }

    /** Drags of {@value #DRAG_PX} px in {@value #DRAG_STEPS} steps, alternately right, down, left, up. */
    private void drags(int count) throws Exception {
        Viewport v = w.fx(() -> w.map().viewport());
        Point2D centre = w.screen(v.width() / 2.0, v.height() / 2.0);
        double[][] directions = {{1, 0}, {0, 1}, {-1, 0}, {0, -1}};
        for (int i = 0; i < count; i++) {
            double[] d = directions[i % directions.length];
            Point2D from = centre.add(-d[0] * DRAG_PX / 2.0, -d[1] * DRAG_PX / 2.0);
            hand.drag(from, d[0] * DRAG_PX, d[1] * DRAG_PX, DRAG_STEPS);
            settle();
        }
    }

    /** {@value #ZOOM_NOTCHES} wheel notches at the town centre, as fast as a hand turns a wheel. */
    private void wheel(VerticalDirection direction) throws Exception {
        hand.moveTo(townOnScreen());
        for (int i = 0; i < ZOOM_NOTCHES; i++) {
            hand.wheel(direction == VerticalDirection.UP);
        }
        settle();
    }

    /** Clicks three resources in view, one after another, each time waiting for its attributes. */
    private void identify() throws Exception {
        AtomicInteger answers = new AtomicInteger();
        InvalidationListener answered = o -> answers.incrementAndGet();
        w.fxRun(() -> {
            w.main().selection().focusedProperty().addListener(answered);
            w.map().viewportProperty().addListener(answered);
        });
        try {
            for (Point2D p : resourcesOnScreen(3)) {
                int before = answers.get();
                hand.click(p);
                try {
                    // the attributes of what was hit, or (on a cluster) the zoom to its members
                    w.await(5, () -> answers.get() != before);
                } catch (TimeoutException nothingThere) {
                    // a click between symbols identifies nothing: still a click a user makes
                }
                settle();
            }
        } finally {
            w.fxRun(() -> {
                w.main().selection().focusedProperty().removeListener(answered);
                w.map().viewportProperty().removeListener(answered);
            });
        }
    }

    /** With the select tool, a box over the central districts at the city view. */
    private void boxSelect() throws Exception {
        w.fxRun(() -> w.main().toolProperty().set(MapTool.BOX_SELECT));
        Point2D town = townOnScreen();
        hand.drag(town.add(-160, -110), 320, 220, DRAG_STEPS);
        w.await(30, () -> w.fx(() -> !w.main().selection().selectedProperty().isEmpty()));
        settle();
        w.fxRun(() -> w.main().toolProperty().set(MapTool.PAN));
    }

    /** Unticks and ticks again two resource layers and the roads in the layer tree. */
    private void toggleLayers() throws Exception {
        List<String> ids = w.fx(() -> List.of(
                w.map().layers().resourceLayer(ResourceKind.SHELTER).orElseThrow().id(),
                w.map().layers().resourceLayer(ResourceKind.RESCUE_TEAM).orElseThrow().id(),
                w.map().layers().baseLayer(BaseLayer.ROAD).map(Layer::id).orElse(BaseLayer.COUNTY.code())));
        for (String id : ids) {
            for (int i = 0; i < 2; i++) {
                RenderedMap before = w.fx(() -> w.map().shownFrameProperty().get());
                Optional<Point2D> box = w.fx(() -> checkBoxOf(id));
                if (box.isPresent()) {
                    hand.click(box.get());
                } else {
                    // scrolled out of the tree's view: tick it as the check box would
                    w.fxRun(() -> w.main().layerPanel().itemOf(id).setSelected(!w.main().layerPanel().itemOf(id).isSelected()));
                }
                awaitNewFrame(before);
                settle();
            }
        }
    }

    /** Screen centre of the check box of a layer's row, if the row is on screen. */
    private Optional<Point2D> checkBoxOf(String layerId) {
        TreeItem<?> item = w.main().layerPanel().itemOf(layerId);
        for (Node n : w.main().layerPanel().lookupAll(".tree-cell")) {
            if (n instanceof TreeCell<?> cell && cell.getTreeItem() == item && cell.isVisible()) {
                Node box = cell.lookup(".check-box");
                if (box instanceof CheckBox) {
                    return Optional.of(centreOf(box));
                }
            }
        }
        return Optional.empty();
    }

    /** Night theme on with the tool-bar toggle, then off again; each time until the map is redrawn. */
    private void nightTheme() throws Exception {
        for (int i = 0; i < 2; i++) {
            RenderedMap before = w.fx(() -> w.map().shownFrameProperty().get());
            hand.click(w.fx(() -> centreOf(w.stage.getScene().lookup("#tool-dark"))));
            awaitNewFrame(before);
            settle();
        }
    }

    /**
     * A kind whose table this window has not opened yet (each pass opens another), so the cost of
     * building a table window is measured too, not only that of showing one again.
     */
    private ResourceKind neverOpened() {
        List<ResourceKind> rest = new ArrayList<>(List.of(ResourceKind.values()));
        rest.remove(ResourceKind.SHELTER);
        rest.removeAll(firstOpened);
        ResourceKind k = rest.isEmpty() ? ResourceKind.CAMERA : rest.get(0);
        firstOpened.add(k);
        return k;
    }

    /** Opens a layer's attribute table, waits for its rows, searches in it and closes it. */
    private void attributeTable(ResourceKind kind) throws Exception {
        w.fxRun(() -> w.main().editing().openTable(kind));
        w.await(30, () -> w.fx(() -> table().map(t -> !t.busyProperty().get()).orElse(false)));
        settle();
        // a search typed and erased again, so the table (kept when closed, with its search) opens alike next time
        hand.click(w.fx(() -> centreOf(table().orElseThrow().lookup("#attribute-search"))));
        hand.type(KeyCode.DIGIT1);
        settle();
        hand.type(KeyCode.BACK_SPACE);
        settle();
        w.fxRun(() -> w.main().editing().tableDock().close(kind));
        settle();
    }

    private Optional<AttributeTable> table() {
        return w.main().editing().tableDock().shownTable();
    }

    private static Point2D centreOf(Node n) {
        javafx.geometry.Bounds b = n.localToScreen(n.getBoundsInLocal());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    private Point2D townOnScreen() {
        return w.fx(() -> {
            Viewport v = w.map().viewport();
            double[] en = GaussKruger.CM_114E.forward(TOWN_CENTRE);
            return w.map().localToScreen(v.screenX(en[0]), v.screenY(en[1]));
        });
    }

    /** Screen points of up to {@code n} resources in the middle of the view, spread apart. */
    private List<Point2D> resourcesOnScreen(int n) {
        return w.fx(() -> {
            Viewport v = w.map().viewport();
            Envelope middle = new Envelope(v.mapX(v.width() * 0.2), v.mapX(v.width() * 0.8),
                    v.mapY(v.height() * 0.2), v.mapY(v.height() * 0.8));
            List<Point2D> out = new ArrayList<>();
            for (Layer layer : w.map().layers().layers()) {
                if (!(layer instanceof ResourceLayer) || !layer.visible()) {
                    continue;
                }
                for (MapFeature f : layer.index().query(middle)) {
                    Point2D p = new Point2D(v.screenX(f.x()), v.screenY(f.y()));
                    if (out.stream().allMatch(q -> q.distance(p) > 60)) {
                        out.add(p);
                        break;
                    }
                }
                if (out.size() == n) {
                    break;
                }
            }
            return out.stream().map(p -> w.map().localToScreen(p)).toList();
        });
    }

    private void awaitNewFrame(RenderedMap before) throws TimeoutException {
        w.await(30, () -> w.fx(() -> {
            RenderedMap f = w.map().shownFrameProperty().get();
            return f != before && f.viewport().equals(w.map().viewport());
        }));
    }

    /** The frame of the current view is on screen, and the user looks at it for a moment. */
    private void settle() throws Exception {
        w.awaitFrame();
        Thread.sleep(LOOK_MS);
    }
}

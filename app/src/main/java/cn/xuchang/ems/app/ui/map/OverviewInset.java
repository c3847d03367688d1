package cn.xuchang.ems.app.ui.map;

import cn.xuchang.ems.map.layer.LayerListener;
import cn.xuchang.ems.map.projection.Viewport;
import cn.xuchang.ems.map.render.MapRenderer;
import cn.xuchang.ems.map.render.RenderOptions;
import cn.xuchang.ems.map.render.RenderedMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.locationtech.jts.geom.Envelope;

/**
 * The overview inset: the whole of Xuchang small, with the current view outlined; a click centres
 * the map there. Hidden while the map itself shows all of Xuchang. The engine draws the base picture ({@link MapRenderer#renderOverview}) on the given
 * worker once per layer change; the outline is a JavaFX rectangle, so following the view while it is
 * dragged costs no rendering at all. FX thread only, apart from the render itself.
 */
public final class OverviewInset extends Pane {
    /** Inset size, logical pixels. */
    static final int WIDTH = 200;
    static final int HEIGHT = 150;
    /** The engine fits the home extent with this margin (see {@code renderOverview}). */
    static final int MARGIN = 4;
    /** The outline never shrinks below this (a street view is still findable), logical pixels. */
    static final double MIN_OUTLINE_PX = 4;

    private final MapView map;
    private final Executor worker;
    private final ImageView image = new ImageView();
    private final Rectangle outline = new Rectangle();
    private final FrameImage pixels = new FrameImage();
    private final AtomicBoolean renderQueued = new AtomicBoolean();
    private final LayerListener layerListener = (layer, dataChanged) -> Platform.runLater(this::renderBase);
    private MapRenderer renderer;
    private RenderOptions options;
    private boolean rendered;

    public OverviewInset(MapView map, Executor worker) {
        this.map = map;
        this.worker = worker;
        getStyleClass().add("overview-inset");
        setId("overview-inset");
        image.setFitWidth(WIDTH);
        image.setFitHeight(HEIGHT);
        outline.getStyleClass().add("overview-outline");
        outline.setId("overview-outline");
        outline.setMouseTransparent(true);
        getChildren().addAll(image, outline);
        setPrefSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        Rectangle clip = new Rectangle(WIDTH, HEIGHT);
        setClip(clip);
        setVisible(false);
        map.viewportProperty().addListener((obs, old, v) -> placeOutline());
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && map.layers() != null && map.viewport() != null) {
                Viewport all = overviewViewport();
                map.setViewport(map.viewport().withCentre(all.mapX(e.getX()), all.mapY(e.getY())), true);
                e.consume();
            }
        });
    }

    /** Starts showing the layers of {@code r}. */
    public void setMap(MapRenderer r, RenderOptions o) {
        if (renderer != null) {
            renderer.layers().removeListener(layerListener);
        }
        this.renderer = r;
        this.options = o;
        r.layers().addListener(layerListener);
        renderBase();
        placeOutline();
    }

    /** Draws with other options from now on (another theme). */
    public void setRenderOptions(RenderOptions o) {
        this.options = o;
        renderBase();
    }

    /** The viewport of the inset: the home extent fitted into it, as the engine draws it. */
    Viewport overviewViewport() {
        Envelope home = map.layers().homeExtent();
        return Viewport.fit(home, WIDTH, HEIGHT, MARGIN);
    }

    private void placeOutline() {
        Viewport v = map.viewport();
        if (v == null || map.layers() == null) {
            return;
        }
        Viewport all = overviewViewport();
        Envelope e = v.envelope();
        // when the map itself shows all of Xuchang the inset says nothing new: keep the corner free
        setVisible(rendered && !e.contains(map.layers().homeExtent()));
        double w = Math.max(MIN_OUTLINE_PX, all.screenX(e.getMaxX()) - all.screenX(e.getMinX()));
        double h = Math.max(MIN_OUTLINE_PX, all.screenY(e.getMinY()) - all.screenY(e.getMaxY()));
        double cx = all.screenX(e.centre().x);
        double cy = all.screenY(e.centre().y);
        outline.setX(cx - w / 2);
        outline.setY(cy - h / 2);
        outline.setWidth(w);
        outline.setHeight(h);
    }

    private void renderBase() {
        if (renderer == null || !renderQueued.compareAndSet(false, true)) {
            return;
        }
        MapRenderer r = renderer;
        RenderOptions o = options;
        worker.execute(() -> {
            renderQueued.set(false);
            RenderedMap frame = r.renderOverview(null, WIDTH, HEIGHT, o);
            Platform.runLater(() -> {
                image.setImage(pixels.copy(frame));
                rendered = true;
                placeOutline();
            });
        });
    }
}

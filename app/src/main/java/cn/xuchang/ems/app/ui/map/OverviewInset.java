package cn.xuchang.ems.app.ui.map;

import cn.xuchang.ems.map.projection.Viewport;
import cn.xuchang.ems.map.render.MapRenderer;
import cn.xuchang.ems.map.render.RenderOptions;
import cn.xuchang.ems.map.render.RenderedMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.locationtech.jts.geom.Envelope;

/**
 * The overview inset: the whole of Xuchang small, with the current view outlined (drawn by the
 * engine's {@link MapRenderer#renderOverview}); a click centres the map there. Renders on the given
 * worker, only the latest view when views come faster than renders. FX thread only, apart from the
 * render itself.
 */
public final class OverviewInset extends StackPane {
    /** Inset size, logical pixels. */
    static final int WIDTH = 200;
    static final int HEIGHT = 150;
    /** The engine fits the home extent with this margin (see {@code renderOverview}). */
    static final int MARGIN = 4;

    private final MapView map;
    private final Executor worker;
    private final ImageView image = new ImageView();
    private final FrameImage pixels = new FrameImage();
    private final AtomicReference<Viewport> wanted = new AtomicReference<>();
    private MapRenderer renderer;
    private RenderOptions options;

    public OverviewInset(MapView map, Executor worker) {
        this.map = map;
        this.worker = worker;
        getStyleClass().add("overview-inset");
        setId("overview-inset");
        image.setFitWidth(WIDTH);
        image.setFitHeight(HEIGHT);
        getChildren().add(image);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setVisible(false);
        map.viewportProperty().addListener((obs, old, v) -> request(v));
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && map.layers() != null && map.viewport() != null) {
                Viewport all = overviewViewport();
                double x = all.mapX(e.getX() - image.getLayoutX());
                double y = all.mapY(e.getY() - image.getLayoutY());
                map.setViewport(map.viewport().withCentre(x, y), true);
                e.consume();
            }
        });
    }

    /** Starts showing the layers of {@code r}. */
    public void setMap(MapRenderer r, RenderOptions o) {
        this.renderer = r;
        this.options = o;
        request(map.viewport());
    }

    /** The viewport of the inset: the home extent fitted into it, as the engine draws it. */
    Viewport overviewViewport() {
        Envelope home = map.layers().homeExtent();
        return Viewport.fit(home, WIDTH, HEIGHT, MARGIN);
    }

    private void request(Viewport v) {
        if (v == null || renderer == null) {
            return;
        }
        // only the newest view matters; a render already queued picks it up
        if (wanted.getAndSet(v) != null) {
            return;
        }
        MapRenderer r = renderer;
        RenderOptions o = options;
        worker.execute(() -> {
            Viewport latest = wanted.getAndSet(null);
            if (latest == null) {
                return;
            }
            RenderedMap frame = r.renderOverview(latest, WIDTH, HEIGHT, o);
            Platform.runLater(() -> {
                image.setImage(pixels.copy(frame));
                setVisible(true);
            });
        });
    }
}

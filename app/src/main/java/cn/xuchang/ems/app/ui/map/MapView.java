package cn.xuchang.ems.app.ui.map;

import cn.xuchang.ems.app.ui.StartupTrace;
import cn.xuchang.ems.data.crs.GaussKruger;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.map.layer.LayerListener;
import cn.xuchang.ems.map.layer.LayerStack;
import cn.xuchang.ems.map.projection.ScreenDensity;
import cn.xuchang.ems.map.projection.Viewport;
import cn.xuchang.ems.map.render.MapRenderer;
import cn.xuchang.ems.map.render.RenderJob;
import cn.xuchang.ems.map.render.RenderOptions;
import cn.xuchang.ems.map.render.RenderedMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.stage.Screen;
import org.locationtech.jts.geom.Envelope;

/**
 * The map canvas: shows the engine's rendered frames and keeps the {@link Viewport}.
 *
 * <p>Every view change (drag, wheel, keys, resize) first moves and scales the last finished frame
 * so the map follows the hand at once, then asks the engine for a new frame; the engine cancels a
 * render that a newer view made stale. Rendering runs on the engine's worker, never on the FX
 * thread; the FX thread only copies finished pixels and positions the image. Zoom steps play
 * smoothly: one transient view per screen frame, showing the last frame scaled, then a render of
 * the end view, which alone goes into the history.
 *
 * <p>FX thread only. Call {@link #dispose()} when the window closes.
 */
public final class MapView extends Region {
    /** Margin around "zoom to Xuchang" and other fitted extents, logical pixels. */
    public static final int FIT_MARGIN_PX = 24;
    /** At most this many selected features are ringed (a box over the whole city selects thousands). */
    static final int MAX_MARKED = 2000;

    private final ImageView frameView = new ImageView();
    private final Rectangle boxZoomRect = new Rectangle();
    private final Circle selectionRing = new Circle(13);
    private final SelectionMarks selectionMarks = new SelectionMarks();
    private final SVGPath pin = new SVGPath();
    private final Pane overlay = new Pane();
    private final FrameImage frameImage = new FrameImage();
    private final ReadOnlyObjectWrapper<Viewport> viewport = new ReadOnlyObjectWrapper<>(this, "viewport");
    private final ReadOnlyObjectWrapper<RenderedMap> shownFrame = new ReadOnlyObjectWrapper<>(this, "shownFrame");
    private final ViewHistory<Viewport> history = new ViewHistory<>(100);
    private final LayerListener layerListener = (layer, dataChanged) -> Platform.runLater(this::requestRender);
    private final ZoomAnimator zoomAnimator = new ZoomAnimator(viewport::get, this::showView);
    private final BooleanProperty smoothZoom = new SimpleBooleanProperty(this, "smoothZoom", true);

    private MapRenderer renderer;
    private RenderOptions options;
    private LayerStack layers;
    private RenderJob pending;
    /** The first frame drawn ahead, until the first render request takes it or passes it by. */
    private PreparedFrame prepared;
    private Runnable onFirstFrame = () -> { };
    private Consumer<Throwable> onRenderError = e -> { };
    private boolean firstFrameShown;
    private double[] focusedPoint;
    private double[] pinned;
    private long submitted;
    private long shownSequence;

    public MapView() {
        getStyleClass().add("map-view");
        setId("map-view");
        setFocusTraversable(true);
        frameView.setManaged(false);
        frameView.setSmooth(true);
        frameView.setPreserveRatio(false);
        frameView.setId("map-frame");
        boxZoomRect.setManaged(false);
        boxZoomRect.setVisible(false);
        boxZoomRect.getStyleClass().add("box-zoom-rect");
        boxZoomRect.setMouseTransparent(true);
        selectionRing.setManaged(false);
        selectionRing.setVisible(false);
        selectionRing.setMouseTransparent(true);
        selectionRing.getStyleClass().add("selection-ring");
        selectionRing.setId("selection-ring");
        overlay.setManaged(false);
        overlay.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
        // a map pin whose tip (0, 0) is the position
        pin.setContent("M0 0 C-3 -8 -10 -12 -10 -19 A10 10 0 1 1 10 -19 C10 -12 3 -8 0 0 Z M0 -23 A4 4 0 1 0 0.01 -23 Z");
        pin.getStyleClass().add("map-pin");
        pin.setId("map-pin");
        pin.setManaged(false);
        pin.setVisible(false);
        pin.setMouseTransparent(true);
        getChildren().addAll(frameView, overlay, selectionMarks, selectionRing, pin, boxZoomRect);
        // the frame may hang over the edges while it is dragged; clip it to the canvas
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setMinSize(100, 100);
    }

    /** Shows the layers of {@code renderer}, drawn with {@code options}, on the whole of Xuchang. */
    public void setMap(MapRenderer renderer, RenderOptions options) {
        setMap(renderer, options, null);
    }

    /**
     * Shows the layers of a prepared renderer; its first frame is taken as this canvas's first frame
     * when the canvas's home view is the view it was drawn for.
     */
    public void setMap(PreparedFrame prepared) {
        setMap(prepared.renderer(), prepared.options().withScaleFactor(1), prepared);
    }

    private void setMap(MapRenderer renderer, RenderOptions options, PreparedFrame prepared) {
        this.prepared = prepared;
        if (this.layers != null) {
            this.layers.removeListener(layerListener);
        }
        this.layers = renderer.layers();
        this.renderer = renderer;
        this.options = options;
        this.layers.addListener(layerListener);
        if (getWidth() >= 1 && getHeight() >= 1) {
            zoomHome();
        }
    }

    /** Draws with other options from now on (another theme, language): renders again. */
    public void setRenderOptions(RenderOptions o) {
        this.options = o;
        requestRender();
    }

    /** The options frames are drawn with (null before {@link #setMap}). */
    public RenderOptions renderOptions() {
        return options;
    }

    /** The layers on show, or null before {@link #setMap}. */
    public LayerStack layers() {
        return layers;
    }

    /** The current view (null until the map is set and laid out). */
    public ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    /** The current view (null until the map is set and laid out). */
    public Viewport viewport() {
        return viewport.get();
    }

    /** The last frame composited on screen (null before the first). */
    public ReadOnlyObjectProperty<RenderedMap> shownFrameProperty() {
        return shownFrame.getReadOnlyProperty();
    }

    /** The history of settled views, for back/forward. */
    public ViewHistory<Viewport> history() {
        return history;
    }

    /** Told once, when the first frame with the loaded data is on screen. */
    public void setOnFirstFrame(Runnable r) {
        this.onFirstFrame = r;
    }

    /** Told when a render fails (not when it is cancelled). */
    public void setOnRenderError(Consumer<Throwable> c) {
        this.onRenderError = c;
    }

    /**
     * Changes the view. The last frame is moved at once to where it belongs in the new view and a new
     * frame is requested. Transient views (during a drag) are not recorded in the history. A zoom
     * step still playing stops where it is: this view wins.
     */
    public void setViewport(Viewport v, boolean recordInHistory) {
        zoomAnimator.halt();
        showView(v, recordInHistory);
    }

    /**
     * A zoom step by {@code factor} (&gt; 1 zooms in) keeping the map point under screen position
     * ({@code x}, {@code y}) fixed: the wheel, the +/− keys and buttons. With {@link #smoothZoomProperty()
     * smooth zoom} on, it plays over about 150 ms and a step arriving while one
     * plays zooms on from that one's target; only the end view goes into the history.
     */
    public void zoomStep(double factor, double x, double y) {
        Viewport v = viewport.get();
        if (v == null) {
            return;
        }
        if (smoothZoom.get()) {
            zoomAnimator.zoomBy(factor, x, y);
        } else {
            setViewport(v.zoomAt(factor, x, y), true);
        }
    }

    /** Shows the end of a zoom step still playing at once (before a drag, a key, a click reads the view). */
    public void finishZoom() {
        zoomAnimator.finish();
    }

    /** Whether zoom steps play smoothly (default) or jump; off for remote desktops that repaint slowly. */
    public BooleanProperty smoothZoomProperty() {
        return smoothZoom;
    }

    /** True while a smooth zoom step plays (the viewport is transient until it ends). */
    public ReadOnlyBooleanProperty zoomingProperty() {
        return zoomAnimator.runningProperty();
    }

    /**
     * The pixel density the map scale 1:n is computed with: the primary screen's, as JavaFX reports it.
     * The status bar and the layers' scale ranges both read it here, so they agree.
     */
    public ScreenDensity screenDensity() {
        return new ScreenDensity(Screen.getPrimary().getDpi());
    }

    private void showView(Viewport v, boolean recordInHistory) {
        if (recordInHistory) {
            // also when the view does not change: "Home" while at home is still a step to go back to
            history.record(v);
        }
        if (v.equals(viewport.get())) {
            return;
        }
        viewport.set(v);
        composite();
        // a smooth zoom step shows the last frame scaled on the way and renders only where it ends:
        // measured in MapWindowTest, renders of the passing views (each cancelled a frame later)
        // doubled the FX thread's p99 delay on a loaded 2-core machine and showed nothing sharper
        if (recordInHistory || !zoomAnimator.runningProperty().get()) {
            requestRender();
        }
    }

    /** Records the current view in the history (after a drag ended). */
    public void recordView() {
        if (viewport.get() != null) {
            history.record(viewport.get());
        }
    }

    /** Fits an EPSG:4547 envelope into the view. */
    public void zoomTo(Envelope env) {
        Viewport v = viewport.get();
        if (env == null || env.isNull() || v == null) {
            return;
        }
        Envelope e = new Envelope(env);
        if (e.getWidth() < 200 && e.getHeight() < 200) {
            // a single point or a tiny layer: show a street-sized neighbourhood around it
            e.expandBy(400);
        }
        setViewport(v.fit(e, FIT_MARGIN_PX), true);
    }

    /** Shows the whole of Xuchang (the county extent). */
    public void zoomHome() {
        if (layers == null || getWidth() < 1 || getHeight() < 1) {
            return;
        }
        if (layers.homeExtent().isNull()) {
            return;
        }
        setViewport(homeViewport(layers, pixelWidth(), pixelHeight()), true);
    }

    /** The view "zoom to Xuchang" gives on a canvas of {@code width} × {@code height} logical pixels. */
    public static Viewport homeViewport(LayerStack layers, int width, int height) {
        return Viewport.fit(layers.homeExtent(), width, height, FIT_MARGIN_PX);
    }

    /** Steps back in the view history. */
    public void back() {
        history.back().ifPresent(v -> setViewport(v.withSize(pixelWidth(), pixelHeight()), false));
    }

    /** Steps forward in the view history. */
    public void forward() {
        history.forward().ifPresent(v -> setViewport(v.withSize(pixelWidth(), pixelHeight()), false));
    }

    /**
     * Marks the selected features (CGCS2000 lon/lat) with small rings and the focused one with a
     * large ring; {@code focused} may be null.
     */
    public void setSelection(List<LonLat> selected, LonLat focused) {
        focusedPoint = focused == null ? null : GaussKruger.CM_114E.forward(focused);
        selectionMarks.setPoints(selected.stream().limit(MAX_MARKED).map(GaussKruger.CM_114E::forward).toList());
        placeSelection();
    }

    /** Puts the pin on {@code p} (a typed coordinate, an incident), or removes it with null. */
    public void setPin(LonLat p) {
        pinned = p == null ? null : GaussKruger.CM_114E.forward(p);
        placeSelection();
    }

    /** A layer for tools' drawings (measurements, sketches), above the map and below the selection. */
    public Pane overlay() {
        return overlay;
    }

    private void placeSelection() {
        Viewport v = viewport.get();
        selectionRing.setVisible(focusedPoint != null && v != null);
        pin.setVisible(pinned != null && v != null);
        selectionMarks.draw(v);
        if (v == null) {
            return;
        }
        if (pinned != null) {
            pin.setLayoutX(v.screenX(pinned[0]));
            pin.setLayoutY(v.screenY(pinned[1]));
        }
        if (focusedPoint != null) {
            selectionRing.setCenterX(v.screenX(focusedPoint[0]));
            selectionRing.setCenterY(v.screenY(focusedPoint[1]));
        }
    }

    /** Shows the rubber band of a box zoom (screen coordinates), or hides it with null. */
    void showBox(javafx.geometry.Rectangle2D box) {
        boxZoomRect.setVisible(box != null);
        if (box != null) {
            boxZoomRect.setX(box.getMinX());
            boxZoomRect.setY(box.getMinY());
            boxZoomRect.setWidth(box.getWidth());
            boxZoomRect.setHeight(box.getHeight());
        }
    }

    /** Stops rendering and forgets the layers. */
    public void dispose() {
        zoomAnimator.halt();
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
        if (layers != null) {
            layers.removeListener(layerListener);
        }
    }

    @Override
    protected void layoutChildren() {
        int w = pixelWidth();
        int h = pixelHeight();
        Viewport v = viewport.get();
        if (layers != null && w > 0 && h > 0) {
            if (v == null) {
                zoomHome();
            } else if (v.width() != w || v.height() != h) {
                // a resize keeps the centre and the scale, as in QGIS
                viewport.set(v.withSize(w, h));
                requestRender();
            }
        }
        composite();
    }

    /** The canvas width in whole logical pixels (at least 1), as viewports are sized. */
    public int pixelWidth() {
        return (int) Math.max(1, Math.round(getWidth()));
    }

    /** The canvas height in whole logical pixels (at least 1), as viewports are sized. */
    public int pixelHeight() {
        return (int) Math.max(1, Math.round(getHeight()));
    }

    /** Puts the last finished frame where its map content belongs in the current view. */
    private void composite() {
        placeSelection();
        RenderedMap frame = shownFrame.get();
        Viewport v = viewport.get();
        if (frame == null || v == null) {
            return;
        }
        Viewport f = frame.viewport();
        double scale = f.metresPerPixel() / v.metresPerPixel();
        double x = v.screenX(f.mapX(0));
        double y = v.screenY(f.mapY(0));
        frameView.resizeRelocate(x, y, f.width() * scale, f.height() * scale);
        frameView.setFitWidth(f.width() * scale);
        frameView.setFitHeight(f.height() * scale);
    }

    private void requestRender() {
        Viewport v = viewport.get();
        if (renderer == null || layers == null || v == null) {
            return;
        }
        double scale = Optional.ofNullable(getScene()).map(s -> s.getWindow()).map(w -> w.getOutputScaleX()).orElse(1.0);
        RenderOptions o = options.scaleFactor() == scale ? options : options.withScaleFactor(scale);
        PreparedFrame ready = prepared;
        prepared = null;
        RenderJob job = ready != null && ready.job().viewport().equals(v) && ready.options().equals(o)
                && !ready.job().cancelled() ? ready.job() : renderer.submit(v, o);
        if (ready != null) {
            StartupTrace.mark(job == ready.job() ? "first frame was drawn ahead" : "first frame drawn ahead does not fit");
        }
        pending = job;
        long sequence = ++submitted;
        job.result().whenComplete((frame, error) -> Platform.runLater(() -> frameDone(job, sequence, frame, error)));
    }

    private void frameDone(RenderJob job, long sequence, RenderedMap frame, Throwable error) {
        if (error != null) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (!(cause instanceof CancellationException) && !job.cancelled()) {
                onRenderError.accept(cause);
            }
            return;
        }
        if (job == pending) {
            pending = null;
        }
        if (sequence < shownSequence) {
            // an older view finished after a newer one: never step back in time
            return;
        }
        // A frame that finished before a newer view cancelled it is still shown (placed where it
        // belongs): during a long drag that beats showing nothing new at all.
        shownSequence = sequence;
        frameView.setImage(frameImage.copy(frame));
        shownFrame.set(frame);
        composite();
        if (!firstFrameShown) {
            firstFrameShown = true;
            announceFirstFrame();
        }
    }

    /** Tells {@link #onFirstFrame} after the pulse that puts the first frame on screen has been laid out. */
    private void announceFirstFrame() {
        if (getScene() == null) {
            onFirstFrame.run();
            return;
        }
        Runnable once = new Runnable() {
            @Override
            public void run() {
                getScene().removePostLayoutPulseListener(this);
                onFirstFrame.run();
            }
        };
        getScene().addPostLayoutPulseListener(once);
        Platform.requestNextPulse();
    }
}

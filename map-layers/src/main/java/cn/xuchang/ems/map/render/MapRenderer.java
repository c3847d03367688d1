package cn.xuchang.ems.map.render;

import cn.xuchang.ems.map.layer.Layer;
import cn.xuchang.ems.map.layer.LayerStack;
import cn.xuchang.ems.map.projection.Viewport;
import cn.xuchang.ems.map.style.GeometryType;
import cn.xuchang.ems.map.style.LayerStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * The entry point of the map engine: renders a {@link Viewport} of a {@link LayerStack} into an image
 * (Java2D, no JavaFX) and answers hit-tests against what such a frame shows.
 *
 * <p>Thread-safety: all methods may be called from any thread. {@link #render} runs on the caller's
 * thread; {@link #submit} runs on the renderer's own worker thread and cancels the job submitted
 * before it, so a view that moves while a frame is being drawn never waits for the stale frame.
 * Caches (simplified outlines per zoom level, clusterings per level, symbol sprites) are shared by
 * all renders and dropped with the layer snapshot they came from.
 *
 * <p>Life cycle: {@link #close()} stops the worker; synchronous rendering still works afterwards.
 */
public final class MapRenderer implements AutoCloseable {

    /** Caches shared by frames and hit-tests. */
    static final class Caches {
        final ShapeCache shapes = new ShapeCache();
        final ClusterCache clusters = new ClusterCache();
        final SymbolSprites sprites = new SymbolSprites();
        final ClusterBadges badges = new ClusterBadges();
        final LabelSprites labels = new LabelSprites();
        final BaseRasterCache base = new BaseRasterCache();

        List<LegendEntry> legend(RenderOptions options, List<Layer> layers) {
            return Legend.entries(options, layers);
        }
    }

    private final LayerStack stack;
    private final Caches caches = new Caches();
    private final Caches overviewCaches = new Caches();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "map-render");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<RenderJob> latest = new AtomicReference<>();

    /** A renderer of {@code stack} (read at each render, so layer changes show in the next frame). */
    public MapRenderer(LayerStack stack) {
        this.stack = Objects.requireNonNull(stack, "stack");
    }

    /** The layers drawn. */
    public LayerStack layers() {
        return stack;
    }

    /** Renders a frame on the calling thread. */
    public RenderedMap render(Viewport viewport, RenderOptions options) {
        return render(viewport, options, () -> false);
    }

    /**
     * Renders a frame on the calling thread, polling {@code cancelled} between layers and every few
     * hundred features.
     *
     * @throws CancellationException when {@code cancelled} turned true
     */
    public RenderedMap render(Viewport viewport, RenderOptions options, BooleanSupplier cancelled) {
        return new FrameRenderer(caches, stack.layers(), viewport, options, cancelled).render();
    }

    /**
     * Renders on the worker thread. The previously submitted job, if still running or queued, is
     * cancelled. The returned job's future completes on the worker thread (hop to the UI thread
     * yourself).
     */
    public RenderJob submit(Viewport viewport, RenderOptions options) {
        RenderJob job = new RenderJob(viewport);
        RenderJob previous = latest.getAndSet(job);
        if (previous != null) {
            previous.cancel();
        }
        worker.execute(() -> {
            if (job.cancelled()) {
                return;
            }
            try {
                job.result().complete(render(viewport, options, job::cancelled));
            } catch (CancellationException e) {
                job.result().cancel(false);
            } catch (RuntimeException | Error e) {
                job.result().completeExceptionally(e);
            }
        });
        return job;
    }

    /**
     * What is drawn under screen point ({@code sx}, {@code sy}) of {@code viewport}, within
     * {@code tolerancePx} of a symbol's edge: symbols and clusters nearest first (topmost layer first
     * among equals), then lines, then the polygons containing the point. Uses the spatial index and the
     * same clustering as the frame, so a cluster hit lists the cluster's members.
     */
    public List<Hit> hitTest(Viewport viewport, double sx, double sy, double tolerancePx, RenderOptions options) {
        return new HitTester(caches, stack.layers(), viewport, options).hits(sx, sy, tolerancePx);
    }

    /**
     * The overview inset: the base map of the whole home extent (counties, rivers) in a small image,
     * with the outline of {@code current} on it. Rendered on the calling thread; cheap (a few ms).
     * With {@code current} null no outline is drawn: a UI that draws the outline itself renders the
     * inset once per layer change instead of once per view change.
     */
    public RenderedMap renderOverview(Viewport current, int width, int height, RenderOptions options) {
        List<Layer> base = new ArrayList<>();
        for (Layer l : stack.layers()) {
            LayerStyle st = options.styles().find(l.id()).orElse(null);
            if (st != null && st.geometry() != GeometryType.POINT && l.visible()) {
                base.add(l);
            }
        }
        Viewport all = Viewport.fit(stack.homeExtent(), width, height, 4);
        RenderOptions plain = options.withLabels(false).withFurniture(false);
        RenderedMap map = new FrameRenderer(overviewCaches, base, all, plain, () -> false).render();
        if (current == null) {
            return map;
        }
        java.awt.Graphics2D g = map.image().createGraphics();
        try {
            SymbolPainter.antialias(g);
            double s = options.scaleFactor();
            org.locationtech.jts.geom.Envelope e = current.envelope();
            double x0 = all.screenX(e.getMinX()) * s;
            double y0 = all.screenY(e.getMaxY()) * s;
            double w = Math.max(3 * s, (all.screenX(e.getMaxX()) - all.screenX(e.getMinX())) * s);
            double h = Math.max(3 * s, (all.screenY(e.getMinY()) - all.screenY(e.getMaxY())) * s);
            java.awt.geom.Rectangle2D r = new java.awt.geom.Rectangle2D.Double(x0, y0, w, h);
            g.setColor(new java.awt.Color(0xD5, 0x00, 0x00, 0x40));
            g.fill(r);
            g.setColor(new java.awt.Color(0xD50000));
            g.setStroke(new java.awt.BasicStroke((float) (1.8 * s)));
            g.draw(r);
        } finally {
            g.dispose();
        }
        return map;
    }

    /** Legend lines for the visible layers, top layer first, generated from the styles. */
    public List<LegendEntry> legend(RenderOptions options) {
        return Legend.entries(options, stack.layers());
    }

    /** Stops the worker thread (queued jobs are cancelled). */
    @Override
    public void close() {
        RenderJob last = latest.getAndSet(null);
        if (last != null) {
            last.cancel();
        }
        worker.shutdownNow();
    }

    /** Legend generation from styles. */
    static final class Legend {
        private Legend() {
        }

        static List<LegendEntry> entries(RenderOptions options, List<Layer> layers) {
            MapText text = MapText.of(options.locale());
            List<LegendEntry> out = new ArrayList<>();
            for (int i = layers.size() - 1; i >= 0; i--) {
                Layer layer = layers.get(i);
                LayerStyle st = options.styles().find(layer.id()).orElse(null);
                if (st == null || !layer.visible()) {
                    continue;
                }
                String title = text.layerTitle(layer.id());
                if (st.geometry() != GeometryType.POINT) {
                    out.add(new LegendEntry(layer.id(), "", title, st, null));
                } else if (st.stateSymbols().isEmpty()) {
                    out.add(new LegendEntry(layer.id(), "", title, st, st.symbol()));
                } else {
                    st.stateSymbols().forEach((state, sym) -> out.add(new LegendEntry(layer.id(), state,
                            title + " " + text.stateTitle(layer.id(), state), st, sym)));
                }
            }
            // Base layers (polygons, lines) read best at the end of the legend.
            List<LegendEntry> sorted = new ArrayList<>(out.stream().filter(e -> e.symbol() != null
                    && !e.layerId().equals("place")).toList());
            sorted.addAll(out.stream().filter(e -> e.symbol() == null || e.layerId().equals("place")).toList());
            return sorted;
        }
    }
}

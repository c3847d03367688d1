package cn.xuchang.ems.map.bench;

import cn.xuchang.ems.map.layer.MapFeature;
import cn.xuchang.ems.map.projection.Viewport;
import cn.xuchang.ems.map.render.Hit;
import cn.xuchang.ems.map.render.MapRenderer;
import cn.xuchang.ems.map.render.RenderOptions;
import cn.xuchang.ems.map.render.RenderedMap;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Map engine speed on 100,000 points plus the Xuchang base map at 1920x1080, each measurement beside
 * the naive baseline ({@link NaiveRenderer}) in the same run. Frames are rendered with labels and
 * without furniture (the window draws its own legend). A redraw of an unchanged view and a pan reuse
 * the base-map raster (only exposed strips are drawn); the zoom steps show frames where it cannot be
 * reused. Run with {@link BenchmarkMain}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-Djava.awt.headless=true"})
public class RenderBenchmarks {

    private BenchScene scene;
    private MapRenderer engine;
    private NaiveRenderer naive;
    private RenderOptions options;
    private Viewport streetLeft;
    private Viewport streetRight;
    private Viewport streetZoomed;
    private Viewport cityZoomed;
    private boolean panRight;
    private double[] clicks;
    private int click;

    @Setup(Level.Trial)
    public void setUp() {
        scene = new BenchScene(2026L);
        engine = new MapRenderer(scene.stack);
        options = RenderOptions.defaults().withFurniture(false);
        naive = new NaiveRenderer(scene.stack, options.styles());
        streetLeft = scene.street;
        streetRight = scene.street.pan(100, 0);
        streetZoomed = scene.street.zoom(1 / 1.1);
        cityZoomed = scene.city.zoom(1.1);
        // Clicks where features are: on symbols of the street view (and near misses).
        Random r = new Random(5);
        clicks = new double[2 * 1024];
        List<MapFeature> near = scene.stack.resourceLayer(cn.xuchang.ems.data.domain.ResourceKind.SCHOOL).orElseThrow()
                .index().query(scene.street.envelope());
        for (int i = 0; i < 1024; i++) {
            MapFeature f = near.get(r.nextInt(near.size()));
            clicks[2 * i] = scene.street.screenX(f.x()) + r.nextInt(9) - 4;
            clicks[2 * i + 1] = scene.street.screenY(f.y()) + r.nextInt(9) - 4;
        }
    }

    @Benchmark
    public RenderedMap cityRedraw() {
        return engine.render(scene.city, options);
    }

    @Benchmark
    public BufferedImage cityRedrawNaive() {
        return naive.render(scene.city);
    }

    @Benchmark
    public RenderedMap streetRedraw() {
        return engine.render(scene.street, options);
    }

    @Benchmark
    public BufferedImage streetRedrawNaive() {
        return naive.render(scene.street);
    }

    /** The frame after a 100 px drag at street view (alternating direction, so every frame is new). */
    @Benchmark
    public RenderedMap streetPan100() {
        panRight = !panRight;
        return engine.render(panRight ? streetRight : streetLeft, options);
    }

    @Benchmark
    public BufferedImage streetPan100Naive() {
        panRight = !panRight;
        return naive.render(panRight ? streetRight : streetLeft);
    }

    /**
     * A wheel step at street view (resolution alternating 1.5 / 1.65 m/px): the base-map raster cannot
     * be reused, so this is the cold-frame cost of the base map plus everything else.
     */
    @Benchmark
    public RenderedMap streetZoomStep() {
        panRight = !panRight;
        return engine.render(panRight ? streetZoomed : streetLeft, options);
    }

    @Benchmark
    public BufferedImage streetZoomStepNaive() {
        panRight = !panRight;
        return naive.render(panRight ? streetZoomed : streetLeft);
    }

    /** A wheel step at city view (cold base raster, clusters of a neighbouring level). */
    @Benchmark
    public RenderedMap cityZoomStep() {
        panRight = !panRight;
        return engine.render(panRight ? cityZoomed : scene.city, options);
    }

    @Benchmark
    public BufferedImage cityZoomStepNaive() {
        panRight = !panRight;
        return naive.render(panRight ? cityZoomed : scene.city);
    }

    @Benchmark
    public List<Hit> hitTest() {
        int i = (click++ & 1023) * 2;
        return engine.hitTest(scene.street, clicks[i], clicks[i + 1], 3, options);
    }

    @Benchmark
    public List<MapFeature> hitTestNaive() {
        int i = (click++ & 1023) * 2;
        return naive.hitTest(scene.street, clicks[i], clicks[i + 1], 3);
    }
}

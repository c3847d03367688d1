package cn.xuchang.ems.app.ui;

import cn.xuchang.ems.app.ui.map.MapView;
import cn.xuchang.ems.map.projection.Viewport;
import cn.xuchang.ems.map.render.RenderedMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real map window started headless (Monocle) on a data folder under {@code target/}, created
 * and seeded by the application itself on the first start of the test run and reused by later
 * starts, as a second start of the installed app would.
 */
final class RunningMapWindow implements AutoCloseable {
    private static final Path DATA_DIR = Path.of("target", "ui-test-data", UUID.randomUUID().toString()).toAbsolutePath();

    static {
        // one seeded database per test JVM; removed when the JVM ends so runs do not pile up
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (var files = Files.walk(DATA_DIR)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                // nothing to clean, or a file still open: target/ is disposable anyway
            }
        }));
    }
    static final Path SNAPSHOTS = Path.of("target", "ui-snapshots").toAbsolutePath();

    final FxRobot robot = new FxRobot();
    final Stage stage;
    final XemsApplication app;

    private RunningMapWindow(Stage stage, XemsApplication app) {
        this.stage = stage;
        this.app = app;
    }

    /** Starts the window in {@code language} and waits for the first frame with data. */
    static RunningMapWindow start(String language) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        XemsApplication app = (XemsApplication) FxToolkit.setupApplication(
                () -> new XemsApplication(new UiOptions(DATA_DIR, language, false)));
        RunningMapWindow w = new RunningMapWindow(stage, app);
        // the first start of a run seeds the database: allow for it on a busy 2-core machine
        w.awaitFrame(90);
        return w;
    }

    MapView map() {
        return app.window().mapView();
    }

    /** Runs {@code c} on the FX thread and returns its value. */
    <T> T fx(Callable<T> c) {
        return FxTestThread.callWithin(10, c);
    }

    /** Runs {@code r} on the FX thread and waits for it. */
    void fxRun(Runnable r) {
        fx(() -> {
            r.run();
            return null;
        });
    }

    /** Waits until a zoom step has played to its end and the frame on screen shows that viewport. */
    RenderedMap awaitFrame() throws TimeoutException {
        return awaitFrame(20);
    }

    private RenderedMap awaitFrame(int seconds) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> fx(() -> {
            RenderedMap f = map().shownFrameProperty().get();
            Viewport v = map().viewport();
            return f != null && v != null && !map().zoomingProperty().get() && f.viewport().equals(v);
        }));
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> map().shownFrameProperty().get());
    }

    /** Screen position (for the robot) of a point of the map canvas. */
    javafx.geometry.Point2D screen(double x, double y) {
        return fx(() -> map().localToScreen(x, y));
    }

    /** What the map canvas shows now, as composited by JavaFX. */
    WritableImage mapSnapshot() {
        return fx(() -> map().snapshot(null, null));
    }

    /** Writes the whole window to {@code target/ui-snapshots/<name>.png} for a human to look at. */
    Path snapshotWindow(String name) throws IOException {
        return snapshot(stage.getScene(), name);
    }

    /** Writes {@code scene} (a dialog's) to {@code target/ui-snapshots/<name>.png} for a human to look at. */
    Path snapshot(javafx.scene.Scene scene, String name) throws IOException {
        WritableImage img = fx(() -> scene.snapshot(null));
        Files.createDirectories(SNAPSHOTS);
        Path out = SNAPSHOTS.resolve(name + ".png");
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", out.toFile());
        return out;
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}

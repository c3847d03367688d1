package cn.xuchang.ems.app.bench;

import cn.xuchang.ems.app.ui.FxTestThread;
import cn.xuchang.ems.app.ui.MainWindow;
import cn.xuchang.ems.app.ui.UiOptions;
import cn.xuchang.ems.app.ui.XemsApplication;
import cn.xuchang.ems.app.ui.map.MapView;
import cn.xuchang.ems.map.projection.Viewport;
import cn.xuchang.ems.map.render.RenderedMap;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real application window (XemsApplication, MainWindow, a real Workspace) started through
 * TestFX on a data folder, with the robot that drives it and the waits a user's eye does.
 */
final class BenchWindow implements AutoCloseable {
    final Stage stage;
    final XemsApplication app;
    final Thread fxThread;

    private BenchWindow(Stage stage, XemsApplication app, Thread fxThread) {
        this.stage = stage;
        this.app = app;
        this.fxThread = fxThread;
    }

    /** Opens the window on {@code dataDir} (Chinese UI) and waits for the first frame with data. */
    static BenchWindow open(Path dataDir) throws TimeoutException {
        Stage stage = FxToolkit.registerPrimaryStage();
        XemsApplication app = (XemsApplication) FxToolkit.setupApplication(
                () -> new XemsApplication(new UiOptions(dataDir, "zh", false)));
        Thread fx = FxTestThread.callWithin(10, Thread::currentThread);
        BenchWindow w = new BenchWindow(stage, app, fx);
        w.awaitFrame(120);
        return w;
    }

    MainWindow main() {
        return app.window();
    }

    MapView map() {
        return app.window().mapView();
    }

    /** Runs {@code c} on the FX thread and returns its value. */
    <T> T fx(Callable<T> c) {
        return FxTestThread.callWithin(30, c);
    }

    /** Runs {@code r} on the FX thread and waits for it. */
    /**
     * Lets go of the events TestFX has recorded on the window since it was registered: it keeps every
     * one (and so every node an event targeted) for the life of the toolkit, which the app does not.
     */
    void forgetFiredEvents() {
        // registering the stage again starts a new, empty record (the list it hands out is read-only)
        fxRun(() -> FxToolkit.toolkitContext().setRegisteredStage(stage));
    }

    void fxRun(Runnable r) {
        fx(() -> {
            r.run();
            return null;
        });
    }

    /** Waits until the frame on screen shows the current view. */
    RenderedMap awaitFrame() throws TimeoutException {
        return awaitFrame(30);
    }

    private RenderedMap awaitFrame(int seconds) throws TimeoutException {
        await(seconds, () -> fx(() -> {
            RenderedMap f = map().shownFrameProperty().get();
            Viewport v = map().viewport();
            return f != null && v != null && f.viewport().equals(v);
        }));
        return fx(() -> map().shownFrameProperty().get());
    }

    /** Waits (polling off the FX thread) until {@code done}, at most {@code seconds}. */
    void await(int seconds, BooleanSupplier done) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, done::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Screen position of a point of the map canvas. */
    Point2D screen(double x, double y) {
        return fx(() -> map().localToScreen(x, y));
    }

    @Override
    public void close() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}

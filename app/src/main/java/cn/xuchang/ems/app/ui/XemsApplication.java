package cn.xuchang.ems.app.ui;

import cn.xuchang.ems.app.ui.i18n.Messages;
import cn.xuchang.ems.app.ui.theme.DispatchTheme;
import cn.xuchang.ems.app.ui.workspace.OpenWorkspaceTask;
import cn.xuchang.ems.app.ui.workspace.OpenedMap;
import cn.xuchang.ems.app.ui.workspace.WindowMemory;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The map window application. Started through {@link #launch(UiOptions)} by {@code xems open}; the
 * launcher itself is not an {@code Application} (JavaFX on the class path needs that).
 *
 * <p>Start-up: the window shows at once with a busy indicator; {@link OpenWorkspaceTask} opens the
 * database and builds the layers on a worker; the map then renders off the FX thread and the FX
 * thread only composites the finished frame. A failure to open (e.g. the folder is in use by another
 * window) is shown in a dialog, printed as one line on stderr, and ends the process non-zero.
 */
public final class XemsApplication extends Application {
    private static volatile UiOptions launchOptions;
    private static volatile CompletableFuture<OpenedMap> earlyLoading;
    /** The window memory {@link #launch} read for the early loading, so the window need not read it again. */
    private static volatile Optional<WindowMemory> launchMemory = Optional.empty();
    /**
     * JavaFX runs from the class path on purpose (ControlsFX needs no --add-exports there), and
     * JavaFX warns about that on every start. Held here: JUL keeps loggers only weakly.
     */
    private static final java.util.logging.Logger PLATFORM_LOG = java.util.logging.Logger.getLogger("javafx");
    private static final AtomicInteger EXIT_CODE = new AtomicInteger();

    private final UiOptions options;
    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private Messages messages;
    private MainWindow window;
    private volatile OpenedMap opened;
    private CompletableFuture<OpenedMap> loading;

    /** Used by {@link Application#launch}: takes the options handed to {@link #launch(UiOptions)}. */
    public XemsApplication() {
        this(launchOptions);
    }

    /** An application for the given options (tests start it this way through TestFX). */
    public XemsApplication(UiOptions options) {
        this.options = Objects.requireNonNull(options, "options: start through XemsApplication.launch");
    }

    /** Runs the window until it is closed; returns the process exit code. Blocks; call once per JVM. */
    public static int launch(UiOptions options) {
        launchOptions = options;
        // drop only that one notice; other JavaFX warnings (CSS, ...) still show
        PLATFORM_LOG.setFilter(r -> r.getMessage() == null
                || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        StartupTrace.mark("launch");
        // the database boots while the JavaFX toolkit starts: both take a good part of a second
        // with the map size of the last session the first frame starts drawing before the window exists
        launchMemory = WindowMemory.read(options.dataDir());
        earlyLoading = OpenWorkspaceTask.startLoading(options.dataDir(), Messages.localeOf(options.language()),
                launchMemory);
        earlyLoading.thenRun(() -> StartupTrace.mark("workspace loaded"));
        // and the map fonts load meanwhile: otherwise the first frame waits for the 4 MB CJK font
        Thread fonts = new Thread(() -> {
            cn.xuchang.ems.map.render.MapFonts.preload();
            StartupTrace.mark("map fonts loaded");
        }, "xems-preload-fonts");
        fonts.setDaemon(true);
        fonts.start();
        EXIT_CODE.set(0);
        Application.launch(XemsApplication.class);
        return EXIT_CODE.get();
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("JavaFX started");
        messages = Messages.forLanguage(options.language());
        window = new MainWindow(messages);
        StartupTrace.mark("window built");
        // as large as a dispatch screen allows, never larger than the screen (small field laptops)
        // (or as the user left it last time)
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        CompletableFuture<OpenedMap> early = earlyLoading;
        earlyLoading = null;
        Optional<WindowMemory> last = early != null ? launchMemory : WindowMemory.read(options.dataDir());
        double width = last.map(WindowMemory::windowWidth).orElse(1440.0);
        double height = last.map(WindowMemory::windowHeight).orElse(900.0);
        Scene scene = new Scene(window, Math.min(width, screen.getWidth()), Math.min(height, screen.getHeight()));
        stage.setMaximized(last.map(WindowMemory::maximized).orElse(false));
        DispatchTheme.apply(scene);
        StartupTrace.mark("theme applied");
        stage.setTitle(messages.get("app.title"));
        stage.setScene(scene);
        stage.show();
        StartupTrace.mark("window shown");
        window.mapView().setOnFirstFrame(this::firstFrameShown);

        loading = early != null ? early : OpenWorkspaceTask.startLoading(options.dataDir(), messages.locale(), last);
        OpenWorkspaceTask task = new OpenWorkspaceTask(loading, messages);
        window.showBusy(task.messageProperty());
        task.setOnSucceeded(e -> {
            opened = task.getValue();
            window.showMap(opened);
            StartupTrace.mark("layers handed to the map");
        });
        task.setOnFailed(e -> startFailed(task.getException()));
        Thread worker = new Thread(task, "xems-open-workspace");
        worker.setDaemon(true);
        worker.start();
    }

    /** The main window (tests). */
    public MainWindow window() {
        return window;
    }

    @Override
    public void stop() {
        rememberWindow();
        if (window != null) {
            window.dispose();
        }
        OpenedMap m = opened;
        opened = null;
        if (m != null) {
            m.workspace().close();
        } else if (loading != null) {
            OpenWorkspaceTask.closeWhenLoaded(loading);
        }
    }

    /** Keeps the window's and the map's size for the next start (only once the map was on show). */
    private void rememberWindow() {
        if (window == null || opened == null || window.getScene() == null || window.getScene().getWindow() == null) {
            return;
        }
        javafx.stage.Window w = window.getScene().getWindow();
        javafx.scene.Scene scene = window.getScene();
        var map = window.mapView();
        try {
            new WindowMemory(scene.getWidth(), scene.getHeight(), w instanceof Stage s && s.isMaximized(),
                    map.pixelWidth(), map.pixelHeight(),
                    w.getOutputScaleX()).write(options.dataDir());
        } catch (RuntimeException e) {
            // only a faster next start is lost
            System.err.println("xems: " + e.getMessage());
        }
    }

    private void firstFrameShown() {
        StartupTrace.mark("first frame with data on screen");
        if (!options.exitAfterFirstFrame()) {
            HeapTarget.apply().ifPresent(bytes -> StartupTrace.mark("soft heap maximum set to " + (bytes >> 20) + " MB"));
            return;
        }
        // the JVM's own start stamp (ms precision); the process start time in /proc is only
        // known to the clock tick and the boot time to the second
        long ms = StartupTrace.sinceJvmStart();
        out.println("first-frame-ms=" + ms);
        Platform.exit();
    }

    private void startFailed(Throwable error) {
        StartupFailure failure = StartupFailure.of(error, options.dataDir(), messages);
        System.err.println(failure.line());
        if (Boolean.getBoolean("xems.debug")) {
            error.printStackTrace();
        }
        EXIT_CODE.set(failure.exitCode());
        if (!options.exitAfterFirstFrame()) {
            Alert alert = new Alert(Alert.AlertType.ERROR, failure.message(), ButtonType.OK);
            alert.setTitle(messages.get("error.title"));
            alert.setHeaderText(failure.header());
            DispatchTheme.apply(alert.getDialogPane().getScene());
            alert.initOwner(window.getScene().getWindow());
            alert.showAndWait();
        }
        Platform.exit();
    }
}

package cn.xuchang.ems.app.ui.workspace;

import cn.xuchang.ems.app.ui.StartupTrace;
import cn.xuchang.ems.app.ui.i18n.Messages;
import cn.xuchang.ems.app.ui.map.PreparedFrame;
import cn.xuchang.ems.data.domain.BaseFeature;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.workspace.Workspace;
import cn.xuchang.ems.map.layer.LayerStack;
import cn.xuchang.ems.map.style.StyleSet;
import cn.xuchang.ems.map.style.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.concurrent.Task;

/**
 * Opens the data folder (creating the database with sample data on first start), loads every
 * resource and the base map, and builds the projected, indexed layers: all the slow start-up work,
 * off the FX thread.
 *
 * <p>The loading itself can start before JavaFX does ({@link #startLoading}), so the database boots
 * while the toolkit starts; the task then only waits for it and reports progress. Fails with the
 * store's exception (e.g. {@link cn.xuchang.ems.data.store.DatabaseInUseException}) and then leaves
 * nothing open.
 */
public final class OpenWorkspaceTask extends Task<OpenedMap> {
    private final CompletableFuture<OpenedMap> loading;
    private final Messages messages;

    /** A task waiting for {@code loading}, started earlier with {@link #startLoading}. */
    public OpenWorkspaceTask(CompletableFuture<OpenedMap> loading, Messages messages) {
        this.loading = loading;
        this.messages = messages;
    }

    /**
     * Starts opening and loading {@code dataDir} on a daemon thread of its own; with a remembered
     * window, the first frame (text in {@code locale}) starts rendering as soon as the layers exist.
     */
    public static CompletableFuture<OpenedMap> startLoading(Path dataDir, Locale locale, Optional<WindowMemory> window) {
        CompletableFuture<OpenedMap> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(load(dataDir, locale, window));
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
            }
        }, "xems-open-workspace");
        t.setDaemon(true);
        t.start();
        return f;
    }

    /** Closes the workspace of {@code loading} whenever it finishes (the window went away first). */
    public static void closeWhenLoaded(CompletableFuture<OpenedMap> loading) {
        loading.thenAccept(m -> {
            if (m.firstFrame() != null) {
                m.firstFrame().renderer().close();
            }
            m.workspace().close();
        });
    }

    static OpenedMap load(Path dataDir, Locale locale, Optional<WindowMemory> window) {
        Workspace ws = Workspace.open(dataDir);
        StartupTrace.mark("database open");
        try {
            List<Resource> resources = ws.store().loadAll();
            List<BaseFeature> base = ws.store().loadBaseFeatures();
            StartupTrace.mark("resources read");
            StyleSet styles = StyleSet.bundled(Theme.LIGHT);
            LayerStack layers = LayerStack.standard(base, resources, styles);
            StartupTrace.mark("layers built");
            PreparedFrame first = window.map(w -> PreparedFrame.start(layers, styles, locale, w.mapWidth(),
                    w.mapHeight(), w.outputScale())).orElse(null);
            return new OpenedMap(ws, layers, styles, resources, base, first);
        } catch (RuntimeException | Error e) {
            ws.close();
            throw e;
        }
    }

    @Override
    protected OpenedMap call() throws Exception {
        updateMessage(messages.get("status.loading"));
        try {
            return loading.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}

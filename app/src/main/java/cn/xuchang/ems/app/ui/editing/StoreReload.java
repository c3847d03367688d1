package cn.xuchang.ems.app.ui.editing;

import cn.xuchang.ems.app.ui.query.QueryData;
import cn.xuchang.ems.data.domain.BaseFeature;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.store.ResourceStore;
import cn.xuchang.ems.data.store.ResourceStoreListener;
import cn.xuchang.ems.map.layer.LayerStack;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Keeps the map in step with the store: after any committed write (an import, an undone import, an
 * edit here or in an attribute table) it reloads the resources on the worker, hands them to the
 * layers (which swap their feature snapshot atomically, so a render in progress is not disturbed),
 * builds the query panel's index, and then tells the FX thread. Bursts of writes cause one reload,
 * plus one more if a write lands while it runs. Thread-safe.
 */
public final class StoreReload implements ResourceStoreListener, AutoCloseable {
    /** What a reload produced: every resource, and the query index over them. */
    public record Reloaded(List<Resource> resources, QueryData queryData) {
    }

    private final ResourceStore store;
    private final LayerStack layers;
    private final List<BaseFeature> baseFeatures;
    private final Executor worker;
    private final Executor fxThread;
    private final Consumer<Reloaded> onFx;
    private final Consumer<Throwable> onError;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile boolean closed;

    /**
     * Listens to {@code store} until {@link #close()}.
     *
     * @param fxThread runs on the FX thread ({@code Platform::runLater})
     * @param onFx     told on the FX thread after each reload
     * @param onError  told on the FX thread when a reload failed
     */
    public StoreReload(ResourceStore store, LayerStack layers, List<BaseFeature> baseFeatures, Executor worker,
                       Executor fxThread, Consumer<Reloaded> onFx, Consumer<Throwable> onError) {
        this.store = store;
        this.layers = layers;
        this.baseFeatures = List.copyOf(baseFeatures);
        this.worker = worker;
        this.fxThread = fxThread;
        this.onFx = onFx;
        this.onError = onError;
        store.addListener(this);
    }

    @Override
    public void resourcesChanged(List<UUID> changedIds) {
        schedule();
    }

    /** Asks for a reload soon (no-op if one is already waiting to start). */
    public void schedule() {
        if (!closed && scheduled.compareAndSet(false, true)) {
            worker.execute(this::reload);
        }
    }

    private void reload() {
        // cleared before reading, so a write committed during the read schedules another pass
        scheduled.set(false);
        if (closed) {
            return;
        }
        try {
            List<Resource> all = store.loadAll();
            layers.setResources(all);
            Reloaded r = new Reloaded(all, QueryData.of(all, baseFeatures));
            fxThread.execute(() -> {
                if (!closed) {
                    onFx.accept(r);
                }
            });
        } catch (RuntimeException e) {
            fxThread.execute(() -> onError.accept(e));
        }
    }

    @Override
    public void close() {
        closed = true;
        store.removeListener(this);
    }
}

package cn.xuchang.ems.map.render;

import cn.xuchang.ems.map.projection.Viewport;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One asynchronous render. {@link #result()} completes with the frame, or exceptionally with a
 * {@link java.util.concurrent.CancellationException} when the job was cancelled (the renderer
 * cancels a job as soon as a newer one is submitted). Thread-safe.
 */
public final class RenderJob {

    private final Viewport viewport;
    private final CompletableFuture<RenderedMap> result = new CompletableFuture<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();

    RenderJob(Viewport viewport) {
        this.viewport = viewport;
    }

    /** The viewport being rendered. */
    public Viewport viewport() {
        return viewport;
    }

    /** Completes with the frame (on the render thread). */
    public CompletableFuture<RenderedMap> result() {
        return result;
    }

    /** Stops the render at the next check (between layers and every few hundred features). */
    public void cancel() {
        cancelled.set(true);
        result.cancel(false);
    }

    /** Whether {@link #cancel()} was called. */
    public boolean cancelled() {
        return cancelled.get();
    }
}

package cn.xuchang.ems.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The JavaFX thread for tests of single UI parts: start it and run work on it. */
public final class FxTestThread {
    private FxTestThread() {
    }

    /**
     * Starts JavaFX through TestFX, not {@code Platform.startup}: window tests later in the same JVM
     * then still get robot input.
     */
    public static void start() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Runs {@code work} on the FX thread and returns its result (or throws its exception); waits 10 s at most. */
    public static <T> T call(Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> error = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                error.set(e);
            } finally {
                done.countDown();
            }
        });
        assertThat(done.await(10, TimeUnit.SECONDS)).as("FX thread answered in time").isTrue();
        if (error.get() != null) {
            throw error.get();
        }
        return result.get();
    }

    /** A worker thread like the window's own (one thread, daemon, named {@code name}) for the part under test. */
    public static ExecutorService worker(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs {@code work} on the FX thread and returns its result, for window drivers whose methods do
     * not declare checked exceptions: a failure of the work, an interrupt or a wait over
     * {@code seconds} becomes an {@link IllegalStateException}.
     */
    public static <T> T callWithin(int seconds, Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }
}

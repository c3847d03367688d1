package cn.xuchang.ems.app.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javafx.application.Platform;

/**
 * Measures how long the FX thread keeps the user waiting: every few milliseconds it posts an empty
 * runnable and records the delay until the FX thread runs it. A delay of d ms means input and
 * painting were held up for d ms. Start it, drive the UI, stop it and read the figures.
 *
 * <p>A freeze of the whole process (a stop-the-world collection) also stops the poster, so it shows
 * as a delay only if a post was waiting when it began; {@link #blindSpells()} lists such stretches.
 *
 * <p>Thread-safe: the figures may be read while it runs. {@link #oldestUnansweredNanos()} tells a
 * watchdog how long the FX thread has been silent right now.
 */
public final class FxThreadLatencyProbe implements AutoCloseable {
    /** A pause between two posts longer than this makes the probe blind for it. */
    public static final int BLIND_MS = 50;

    /** One answered post: when it was posted ({@link System#nanoTime()}) and how long it waited. */
    public record Delay(long postedNanos, long delayNanos) {
        /** The delay in milliseconds. */
        public double ms() {
            return delayNanos / 1e6;
        }
    }

    private final List<Delay> delays = Collections.synchronizedList(new ArrayList<>());
    /** Stretches in which the poster itself could not run (see {@link #blindSpells()}). */
    private final List<Delay> blind = Collections.synchronizedList(new ArrayList<>());
    /** Post times of the runnables not yet run, oldest first (the FX thread runs them in order). */
    private final ConcurrentLinkedQueue<Long> unanswered = new ConcurrentLinkedQueue<>();
    private final Thread poster;
    private volatile boolean running = true;

    /** A probe posting every 4 ms. */
    public FxThreadLatencyProbe() {
        this(4);
    }

    /** A probe posting every {@code periodMs} ms (2–4 ms is fine-grained enough for a 50 ms budget). */
    public FxThreadLatencyProbe(int periodMs) {
        long periodNanos = TimeUnit.MILLISECONDS.toNanos(periodMs);
        long blindNanos = TimeUnit.MILLISECONDS.toNanos(BLIND_MS);
        poster = new Thread(() -> {
            long last = System.nanoTime();
            while (running) {
                long posted = System.nanoTime();
                if (posted - last > blindNanos) {
                    blind.add(new Delay(last, posted - last));
                }
                last = posted;
                unanswered.add(posted);
                Platform.runLater(() -> {
                    unanswered.poll();
                    delays.add(new Delay(posted, System.nanoTime() - posted));
                });
                LockSupport.parkNanos(periodNanos);
                if (Thread.interrupted()) {
                    return;
                }
            }
        }, "fx-latency-probe");
        poster.setDaemon(true);
        poster.start();
    }

    /**
     * Stretches longer than {@value #BLIND_MS} ms between two posts: the poster was not running
     * (a stop-the-world collection, the process kept off the CPU), so a freeze of the FX thread
     * then shows in no delay. Each as (start, length).
     */
    public List<Delay> blindSpells() {
        synchronized (blind) {
            return List.copyOf(blind);
        }
    }

    /** Delays in milliseconds, sorted. */
    public List<Double> delaysMs() {
        synchronized (delays) {
            return delays.stream().map(Delay::ms).sorted().toList();
        }
    }

    /** Every answered post so far, in the order answered. */
    public List<Delay> delays() {
        synchronized (delays) {
            return List.copyOf(delays);
        }
    }

    /** The q-quantile (0..1) of the delays, ms. */
    public double quantileMs(double q) {
        return quantile(delaysMs(), q);
    }

    /** Post time of the oldest runnable the FX thread has not run yet, or -1 if it answered them all. */
    public long oldestUnansweredNanos() {
        Long head = unanswered.peek();
        return head == null ? -1 : head;
    }

    /** The q-quantile (0..1) of sorted values (nearest rank); 0 for none. */
    public static double quantile(List<Double> sorted, double q) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poster.join(1000);
    }
}

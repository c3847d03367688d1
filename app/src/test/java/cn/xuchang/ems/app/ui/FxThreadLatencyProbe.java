package cn.xuchang.ems.app.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.application.Platform;

/**
 * Measures how long the FX thread keeps the user waiting: every 4 ms it posts an empty runnable and
 * records the delay until the FX thread runs it. A delay of d ms means input and painting were held
 * up for d ms. Start it, drive the UI, stop it and read the figures.
 */
final class FxThreadLatencyProbe implements AutoCloseable {
    private final List<Long> delaysNanos = Collections.synchronizedList(new ArrayList<>());
    private final Thread poster;
    private volatile boolean running = true;

    FxThreadLatencyProbe() {
        poster = new Thread(() -> {
            while (running) {
                long posted = System.nanoTime();
                Platform.runLater(() -> delaysNanos.add(System.nanoTime() - posted));
                try {
                    Thread.sleep(4);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fx-latency-probe");
        poster.setDaemon(true);
        poster.start();
    }

    /** Delays in milliseconds, sorted. */
    List<Double> delaysMs() {
        synchronized (delaysNanos) {
            return delaysNanos.stream().map(n -> n / 1e6).sorted().toList();
        }
    }

    /** The q-quantile (0..1) of the delays, ms. */
    double quantileMs(double q) {
        List<Double> d = delaysMs();
        return d.isEmpty() ? 0 : d.get((int) Math.min(d.size() - 1, Math.floor(q * d.size())));
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poster.join(1000);
    }
}

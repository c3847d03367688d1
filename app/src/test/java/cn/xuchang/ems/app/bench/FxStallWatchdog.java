package cn.xuchang.ems.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Attributes FX-thread stalls to code: every {@value #TICK_MS} ms it asks the probe how long the FX
 * thread has been silent, and while that is over the threshold it samples the FX thread's stack.
 * It also notes the FX thread's CPU time each tick, so a stall in which the thread hardly ran (the
 * machine was busy elsewhere, or it waited) can be told from one in which it computed.
 *
 * <p>Samples are keyed by the post time of the probe runnable that was waiting (the first one of
 * the stall: the FX thread runs posts in order), i.e. {@link FxThreadLatencyProbe.Delay#postedNanos()}.
 */
public final class FxStallWatchdog implements AutoCloseable {
    static final int TICK_MS = 5;
    private static final long CPU_HISTORY_NANOS = TimeUnit.SECONDS.toNanos(30);

    /** The FX thread's state and stack at one moment of a stall. */
    public record StackSample(long atNanos, Thread.State state, StackTraceElement[] frames) {
    }

    private final FxThreadLatencyProbe probe;
    private final Thread fxThread;
    private final long thresholdNanos;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, List<StackSample>> samples = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<Long, Long> fxCpu = new ConcurrentSkipListMap<>();
    private final ConcurrentSkipListMap<Long, Long> renderCpu = new ConcurrentSkipListMap<>();
    /** Prism's render thread, which paints the scene while the FX thread waits for it in a pulse. */
    private final Thread renderThread;
    private final Thread watcher;
    private volatile boolean running = true;

    /** Watches {@code fxThread} through {@code probe}; a silence longer than {@code thresholdMs} is a stall. */
    public FxStallWatchdog(FxThreadLatencyProbe probe, Thread fxThread, int thresholdMs) {
        this.probe = probe;
        this.fxThread = fxThread;
        this.thresholdNanos = TimeUnit.MILLISECONDS.toNanos(thresholdMs);
        this.renderThread = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("QuantumRenderer")).findFirst().orElse(null);
        watcher = new Thread(this::watch, "fx-stall-watchdog");
        watcher.setDaemon(true);
        // it must get the CPU while the FX thread hogs it, or stalls go unsampled
        watcher.setPriority(Thread.MAX_PRIORITY);
        watcher.start();
    }

    private void watch() {
        long tick = TimeUnit.MILLISECONDS.toNanos(TICK_MS);
        while (running) {
            long now = System.nanoTime();
            long cpu = threads.getThreadCpuTime(fxThread.getId());
            if (cpu >= 0) {
                fxCpu.put(now, cpu);
                fxCpu.headMap(now - CPU_HISTORY_NANOS).clear();
            }
            long paint = renderThread == null ? -1 : threads.getThreadCpuTime(renderThread.getId());
            if (paint >= 0) {
                renderCpu.put(now, paint);
                renderCpu.headMap(now - CPU_HISTORY_NANOS).clear();
            }
            long waiting = probe.oldestUnansweredNanos();
            if (waiting >= 0 && now - waiting > thresholdNanos) {
                StackTraceElement[] frames = fxThread.getStackTrace();
                samples.computeIfAbsent(waiting, k -> new ArrayList<>())
                        .add(new StackSample(now, fxThread.getState(), frames));
            }
            LockSupport.parkNanos(tick);
        }
    }

    /** Stack samples taken while the post at {@code postedNanos} waited (empty if none). */
    public List<StackSample> samplesFor(long postedNanos) {
        List<StackSample> s = samples.get(postedNanos);
        if (s == null) {
            return List.of();
        }
        synchronized (s) {
            return List.copyOf(s);
        }
    }

    /** CPU time the FX thread used between two {@link System#nanoTime()} moments (tick resolution), or -1. */
    public long fxCpuNanosBetween(long from, long to) {
        return cpuBetween(fxCpu, from, to);
    }

    /** CPU time Prism's render thread used between two moments (tick resolution), or -1. */
    public long renderCpuNanosBetween(long from, long to) {
        return cpuBetween(renderCpu, from, to);
    }

    private static long cpuBetween(ConcurrentSkipListMap<Long, Long> cpu, long from, long to) {
        Map.Entry<Long, Long> a = cpu.floorEntry(from);
        Map.Entry<Long, Long> b = cpu.ceilingEntry(to);
        if (a == null) {
            a = cpu.ceilingEntry(from);
        }
        if (b == null) {
            b = cpu.floorEntry(to);
        }
        return a == null || b == null || b.getKey() <= a.getKey() ? -1 : b.getValue() - a.getValue();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        watcher.join(1000);
    }
}

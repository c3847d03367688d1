package cn.xuchang.ems.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How long the FX thread of the real main window keeps the user waiting in a scripted session
 * (issue #3: "the UI thread never blocked > 50 ms"). Run it with
 * {@code mvn -q -pl app -am test-compile -Pbench-ui}; it is a benchmark command, not a test.
 *
 * <p>For each dataset (the sample Xuchang workspace; that plus 100,000 points spread like real data)
 * it opens the window on Monocle headless (or on the real display with {@code -Dbench.display=true}),
 * runs the {@link UserSession} once to warm up, then {@code bench.passes} (3) times measured. While
 * it runs, a {@link FxThreadLatencyProbe} posts to the FX thread every {@value #PROBE_PERIOD_MS} ms
 * and a {@link FxStallWatchdog} samples the FX thread's stack whenever it has been silent for more
 * than {@value #BUDGET_MS} ms; {@link GcPauses} tells the collector's share. Prints the table and
 * writes {@code ui-responsiveness.json} into {@code bench.out} (app/target/bench).
 */
public final class UiResponsivenessBench {
    /** The budget of the issue: no FX-thread delay above it. */
    static final int BUDGET_MS = 50;
    static final int PROBE_PERIOD_MS = 3;

    private UiResponsivenessBench() {
    }

    public static void main(String[] args) {
        int exit = 0;
        try {
            run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            exit = 1;
        }
        // ends the toolkit too; Platform.exit() beside it races with the shutdown hooks
        System.exit(exit);
    }

    private static void run() throws Exception {
        boolean display = Boolean.getBoolean("bench.display");
        configureToolkit(display);
        Path out = Path.of(System.getProperty("bench.out", "target/bench")).toAbsolutePath();
        int passes = Integer.getInteger("bench.passes", 3);
        List<BenchDataset> datasets = Arrays.stream(System.getProperty("bench.datasets", "sample,heavy").split(","))
                .map(BenchDataset::named).toList();
        Files.createDirectories(out);
        List<PassResult> results = new ArrayList<>();
        Map<String, Object> context = context(display, passes);
        try (GcPauses gc = new GcPauses()) {
            for (BenchDataset d : datasets) {
                Path dir = d.prepare(out);
                BenchWindow w = BenchWindow.open(dir);
                try {
                    UserSession session = new UserSession(w);
                    long t0 = System.nanoTime();
                    session.reset();
                    for (UserSession.Action a : session.actions()) {
                        a.step().run();
                    }
                    System.out.printf(Locale.ROOT, "%s: warm-up pass %.1f s%n", d.name(), (System.nanoTime() - t0) / 1e9);
                    for (int p = 1; p <= passes; p++) {
                        PassResult r = measure(w, session, d.name(), p, gc);
                        System.out.printf(Locale.ROOT, "%s: pass %d %.1f s, max delay %.1f ms, %d stalls (%d code)%n",
                                d.name(), p, r.seconds(), r.overall().maxMs(), r.overall().stalls(), r.overall().codeStalls());
                        results.add(r);
                    }
                } finally {
                    w.close();
                }
            }
        }
        context.put("loadAverageAtEnd", loadAverages());
        // set by the window after its first frame (HeapTarget), as in the app
        long softMax = Long.parseLong(ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                .getVMOption("SoftMaxHeapSize").getValue());
        context.put("softMaxHeapSizeMb", softMax >> 20);
        System.out.printf(Locale.ROOT, "soft heap maximum at the end: %d MB%n", softMax >> 20);
        ResponsivenessReport report = new ResponsivenessReport(results, context);
        report.print(System.out);
        Path json = out.resolve("ui-responsiveness.json");
        report.writeJson(json);
        System.out.println("\nwritten " + json);
    }

    /** Headless Monocle as the UI tests run it (see the surefire configuration), unless on a display. */
    private static void configureToolkit(boolean display) {
        System.setProperty("java.awt.headless", "true");
        System.setProperty("testfx.robot", "glass");
        if (!display) {
            System.setProperty("testfx.headless", "true");
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("headless.geometry", "1440x900-32");
        }
    }

    private static PassResult measure(BenchWindow w, UserSession session, String dataset, int pass, GcPauses gc)
            throws Exception {
        session.reset();
        Thread.sleep(300);
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<String> names = new ArrayList<>();
        List<long[]> spans = new ArrayList<>();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(m -> m.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        FxThreadLatencyProbe probe = new FxThreadLatencyProbe(PROBE_PERIOD_MS);
        FxStallWatchdog watchdog = new FxStallWatchdog(probe, w.fxThread, BUDGET_MS);
        long t0 = System.nanoTime();
        try {
            for (UserSession.Action a : session.actions()) {
                long start = System.nanoTime();
                a.step().run();
                names.add(a.name());
                spans.add(new long[] {start, System.nanoTime()});
            }
        } finally {
            probe.close();
            WaitForAsyncUtils.waitForFxEvents();
            watchdog.close();
        }
        long t1 = System.nanoTime();
        w.forgetFiredEvents();
        PassResult.Heap heap = heapAfter(heapPools);

        List<FxThreadLatencyProbe.Delay> delays = probe.delays().stream()
                .sorted(java.util.Comparator.comparingLong(FxThreadLatencyProbe.Delay::postedNanos)).toList();
        Map<String, List<Double>> delaysByAction = new LinkedHashMap<>();
        Map<String, List<Stall>> stallsByAction = new LinkedHashMap<>();
        names.forEach(n -> {
            delaysByAction.putIfAbsent(n, new ArrayList<>());
            stallsByAction.putIfAbsent(n, new ArrayList<>());
        });
        List<Double> all = new ArrayList<>();
        List<Stall> stalls = new ArrayList<>();
        double previousMs = 0;
        for (FxThreadLatencyProbe.Delay d : delays) {
            String action = actionAt(d.postedNanos(), names, spans);
            if (action == null) {
                continue;
            }
            delaysByAction.get(action).add(d.ms());
            all.add(d.ms());
            // the first post a silence kept waiting stands for the whole stall; those after it are part of it
            if (d.ms() > BUDGET_MS && previousMs <= BUDGET_MS) {
                long end = d.postedNanos() + d.delayNanos();
                long cpu = watchdog.fxCpuNanosBetween(d.postedNanos(), end);
                long paint = watchdog.renderCpuNanosBetween(d.postedNanos(), end);
                Stall s = Stall.of(action, d.ms(), gc.overlapMs(d.postedNanos(), end), cpu < 0 ? -1 : cpu / 1e6,
                        paint < 0 ? -1 : paint / 1e6, watchdog.samplesFor(d.postedNanos()), BUDGET_MS);
                stalls.add(s);
                stallsByAction.get(action).add(s);
            }
            previousMs = d.ms();
        }
        Map<String, DelayStats> byAction = new LinkedHashMap<>();
        Map<String, double[]> cpuByAction = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            double[] c = cpuByAction.computeIfAbsent(names.get(i), n -> new double[2]);
            c[0] += Math.max(0, watchdog.fxCpuNanosBetween(spans.get(i)[0], spans.get(i)[1])) / 1e6;
            c[1] += Math.max(0, watchdog.renderCpuNanosBetween(spans.get(i)[0], spans.get(i)[1])) / 1e6;
        }
        delaysByAction.forEach((n, list) -> byAction.put(n, DelayStats.of(list, stallsByAction.get(n), BUDGET_MS,
                cpuByAction.get(n)[0], cpuByAction.get(n)[1])));
        List<GcPauses.Pause> pauses = gc.between(t0, t1);
        return new PassResult(dataset, pass, (t1 - t0) / 1e9, byAction, DelayStats.of(all, stalls, BUDGET_MS,
                cpuByAction.values().stream().mapToDouble(c -> c[0]).sum(),
                cpuByAction.values().stream().mapToDouble(c -> c[1]).sum()), stalls,
                pauses.size(), pauses.stream().mapToDouble(GcPauses.Pause::ms).sum(),
                pauses.stream().mapToDouble(GcPauses.Pause::ms).max().orElse(0),
                pauses.stream().map(p -> String.format(Locale.ROOT, "%s, %s, %s: %.1f ms", p.collector(), p.action(),
                        p.cause(), p.ms())).toList(),
                probe.blindSpells().stream().filter(b -> b.postedNanos() >= t0 && b.postedNanos() < t1)
                        .map(b -> String.format(Locale.ROOT, "%.1f (gc %.1f)", b.ms(),
                                gc.overlapMs(b.postedNanos(), b.postedNanos() + b.delayNanos()))).toList(),
                loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), heap);
    }

    /**
     * The heap's peak during the pass, then what stays after a full collection (outside the measured
     * span; the harness's own recording of events let go first).
     */
    private static PassResult.Heap heapAfter(List<MemoryPoolMXBean> heapPools) {
        double mb = 1024 * 1024;
        double peak = heapPools.stream().mapToLong(m -> m.getPeakUsage().getUsed()).sum() / mb;
        double committed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted() / mb;
        System.gc();
        double live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / mb;
        return new PassResult.Heap(peak, committed, live);
    }

    private static String actionAt(long nanos, List<String> names, List<long[]> spans) {
        for (int i = 0; i < spans.size(); i++) {
            if (nanos >= spans.get(i)[0] && nanos < spans.get(i)[1]) {
                return names.get(i);
            }
        }
        return null;
    }

    private static Map<String, Object> context(boolean display, int passes) throws IOException {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("budgetMs", BUDGET_MS);
        c.put("probePeriodMs", PROBE_PERIOD_MS);
        c.put("passes", passes);
        c.put("display", display ? "real display" : "Monocle headless, prism sw, 1440x900");
        c.put("cores", Runtime.getRuntime().availableProcessors());
        c.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        c.put("jvmArgs", ManagementFactory.getRuntimeMXBean().getInputArguments());
        c.put("java", System.getProperty("java.version"));
        c.put("loadAverageAtStart", loadAverages());
        return c;
    }

    /** /proc/loadavg's 1, 5 and 15 minute load averages, or the 1-minute one where there is none. */
    private static String loadAverages() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}

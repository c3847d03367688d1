package cn.xuchang.ems.map.bench;

import cn.xuchang.ems.map.render.MapRenderer;
import cn.xuchang.ems.map.render.RenderOptions;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the map-layers benchmarks, short enough for a shared 2-core machine (1 fork, 3 × 2 s warm-up,
 * 5 × 2 s measurement, sample mode: medians and percentiles per call):
 * <pre>mvn -q -pl map-layers -am test-compile -Pbench</pre>
 * An optional argument narrows the run by regular expression, e.g. {@code -Dbench.include=Nearest} or
 * {@code -Dbench.include=RenderBenchmarks}. At the end it prints a table of medians, each benchmark
 * {@code X} beside its naive baseline {@code XNaive}, and (for the render benchmarks) the heap held by
 * the 100k-point scene. A second argument adds JVM options to the measured fork, e.g.
 * {@code -Dbench.jvmArgs=-XX:TieredStopAtLevel=1} measures with the client compiler the app runs on.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        String include = args.length > 0 && !args[0].isBlank() ? args[0] : "cn.xuchang.ems.map.bench.*";
        boolean render = include.contains("Render") || include.endsWith("*");
        if (render) {
            heapReport();
        }
        Options options = new OptionsBuilder()
                .include(include)
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(2))
                .jvmArgsAppend(jvmArgs(args))
                .build();
        Collection<RunResult> results = new Runner(options).run();
        printMedians(results);
    }

    private static String[] jvmArgs(String[] args) {
        List<String> out = new ArrayList<>(List.of("-Xmx2g"));
        if (args.length > 1 && !args[1].isBlank()) {
            out.addAll(List.of(args[1].trim().split("\\s+")));
        }
        return out.toArray(String[]::new);
    }

    private static void printMedians(Collection<RunResult> results) {
        Map<String, double[]> rows = new TreeMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            boolean baseline = name.endsWith("Naive");
            String key = baseline ? name.substring(0, name.length() - "Naive".length()) : name;
            double median = r.getPrimaryResult().getStatistics().getPercentile(50);
            rows.computeIfAbsent(key, k -> new double[] {Double.NaN, Double.NaN})[baseline ? 1 : 0] = median;
        }
        System.out.println();
        System.out.println("| benchmark | median | naive baseline median | speed-up |");
        System.out.println("|---|---:|---:|---:|");
        rows.forEach((k, v) -> System.out.printf(Locale.ROOT, "| %s | %.3f | %s | %s |%n", k, v[0],
                Double.isNaN(v[1]) ? "-" : String.format(Locale.ROOT, "%.3f", v[1]),
                Double.isNaN(v[1]) ? "-" : String.format(Locale.ROOT, "%.0fx", v[1] / v[0])));
    }

    /** Heap held by the 100k-point render scene with its indexes and a warm renderer (after GC). */
    private static void heapReport() {
        System.gc();
        long before = used();
        BenchScene scene = new BenchScene(2026L);
        MapRenderer r = new MapRenderer(scene.stack);
        RenderOptions o = RenderOptions.defaults().withFurniture(false);
        r.render(scene.city, o);
        r.render(scene.street, o);
        System.gc();
        long after = used();
        System.out.printf(Locale.ROOT, "heap held by the 100k-point scene + renderer caches: %.0f MB (total used %.0f MB)%n",
                (after - before) / 1e6, after / 1e6);
        java.lang.ref.Reference.reachabilityFence(scene);
        java.lang.ref.Reference.reachabilityFence(r);
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}

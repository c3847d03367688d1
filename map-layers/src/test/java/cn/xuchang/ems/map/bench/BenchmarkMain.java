package cn.xuchang.ems.map.bench;

import cn.xuchang.ems.map.render.MapRenderer;
import cn.xuchang.ems.map.render.RenderOptions;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link RenderBenchmarks} and prints a table of medians, engine beside naive baseline, plus the
 * heap the scene holds. Command (from the repository root):
 * <pre>mvn -q -pl map-layers -am -Pbench test-compile</pre>
 * An optional regular expression in {@code -Dbench.include=...} narrows the benchmarks.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        String include = args.length > 0 ? args[0] : RenderBenchmarks.class.getSimpleName();
        heapReport();
        Options opt = new OptionsBuilder().include(include).build();
        Collection<RunResult> results = new Runner(opt).run();
        Map<String, double[]> rows = new TreeMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            boolean baseline = name.endsWith("Naive");
            String key = baseline ? name.substring(0, name.length() - "Naive".length()) : name;
            double median = r.getPrimaryResult().getStatistics().getPercentile(50);
            rows.computeIfAbsent(key, k -> new double[] {Double.NaN, Double.NaN})[baseline ? 1 : 0] = median;
        }
        System.out.println();
        System.out.println("| benchmark (1920x1080, 100k points) | engine median ms | naive median ms | speed-up |");
        System.out.println("|---|---:|---:|---:|");
        rows.forEach((k, v) -> System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.0fx |%n", k, v[0], v[1], v[1] / v[0]));
    }

    /** Heap held by the 100k-point scene with its indexes and a warm renderer (after GC). */
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
        System.out.printf(Locale.ROOT, "heap held by scene + caches: %.0f MB (total used %.0f MB)%n",
                (after - before) / 1e6, after / 1e6);
        java.lang.ref.Reference.reachabilityFence(scene);
        java.lang.ref.Reference.reachabilityFence(r);
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}

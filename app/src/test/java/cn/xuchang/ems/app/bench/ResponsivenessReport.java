package cn.xuchang.ems.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The benchmark's answer: per dataset and action the median over the measured passes of each delay
 * figure, the stalls grouped by their stack (the code to look at), garbage collection and load, as a
 * table on the console and as JSON.
 */
final class ResponsivenessReport {
    private final List<PassResult> passes;
    private final Map<String, Object> context;

    /** A report of {@code passes}; {@code context} (machine, JVM, settings) goes into the JSON as is. */
    ResponsivenessReport(List<PassResult> passes, Map<String, Object> context) {
        this.passes = List.copyOf(passes);
        this.context = context;
    }

    /** Medians over the passes of {@code dataset}, per action in script order, then "overall". */
    Map<String, DelayStats> medians(String dataset) {
        List<PassResult> of = passes.stream().filter(p -> p.dataset().equals(dataset)).toList();
        Map<String, DelayStats> out = new LinkedHashMap<>();
        if (of.isEmpty()) {
            return out;
        }
        for (String action : of.get(0).byAction().keySet()) {
            out.put(action, DelayStats.medianOf(of.stream().map(p -> p.byAction().get(action))
                    .filter(java.util.Objects::nonNull).toList()));
        }
        out.put("overall", DelayStats.medianOf(of.stream().map(PassResult::overall).toList()));
        return out;
    }

    /** Stalls of every pass grouped by cause and stack, the most total time first. */
    List<Map<String, Object>> stallGroups() {
        Map<String, List<Stall>> groups = passes.stream().flatMap(p -> p.stalls().stream())
                .collect(Collectors.groupingBy(s -> s.cause() + " | " + s.stackLine(), LinkedHashMap::new,
                        Collectors.toList()));
        List<Map<String, Object>> out = new ArrayList<>();
        groups.forEach((key, stalls) -> {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("cause", stalls.get(0).cause());
            g.put("count", stalls.size());
            g.put("totalMs", round(stalls.stream().mapToDouble(Stall::ms).sum()));
            g.put("maxMs", round(stalls.stream().mapToDouble(Stall::ms).max().orElse(0)));
            g.put("maxFxCpuMs", round(stalls.stream().mapToDouble(Stall::fxCpuMs).max().orElse(0)));
            g.put("maxRenderCpuMs", round(stalls.stream().mapToDouble(Stall::renderCpuMs).max().orElse(0)));
            g.put("actions", new TreeSet<>(stalls.stream().map(Stall::action).toList()));
            g.put("stack", stalls.get(0).stack());
            out.add(g);
        });
        out.sort(Comparator.comparingDouble((Map<String, Object> g) -> (double) g.get("totalMs")).reversed());
        return out;
    }

    void print(PrintStream out) {
        for (String dataset : passes.stream().map(PassResult::dataset).distinct().toList()) {
            out.printf(Locale.ROOT, "%nFX-thread delay, dataset %s: median over %d measured passes (ms)%n", dataset,
                    passes.stream().filter(p -> p.dataset().equals(dataset)).count());
            out.printf(Locale.ROOT, "%-18s %6s %8s %8s %8s %6s %7s %6s %8s %8s%n", "action", "n", "median", "p99", "max",
                    ">50ms", "stalls", "code", "fxCPU", "paintCPU");
            medians(dataset).forEach((action, s) -> out.printf(Locale.ROOT,
                    "%-18s %6d %8.1f %8.1f %8.1f %6d %7d %6d %8.0f %8.0f%n", action, s.n(), s.medianMs(), s.p99Ms(),
                    s.maxMs(), s.over50(), s.stalls(), s.codeStalls(), s.fxCpuMs(), s.paintCpuMs()));
            for (PassResult p : passes.stream().filter(p -> p.dataset().equals(dataset)).toList()) {
                out.printf(Locale.ROOT, "  pass %d: %.1f s, max %.1f ms, %d stalls (%d code), GC %d x %.0f ms (max %.0f ms),"
                                + " probe blind %s ms, load %.2f -> %.2f, heap MB: live %.0f, peak %.0f, committed %.0f%n",
                        p.pass(), p.seconds(), p.overall().maxMs(), p.overall().stalls(), p.overall().codeStalls(),
                        p.gcCount(), p.gcTotalMs(), p.gcMaxMs(), p.blindMs().isEmpty() ? "never" : p.blindMs(),
                        p.loadBefore(), p.loadAfter(), p.heap().live(), p.heap().peakUsed(), p.heap().committed());
            }
        }
        List<Map<String, Object>> groups = stallGroups();
        out.printf(Locale.ROOT, "%nStalls > %d ms, all measured passes, by cause and FX-thread stack (innermost first)%n",
                UiResponsivenessBench.BUDGET_MS);
        if (groups.isEmpty()) {
            out.println("  none");
        }
        for (Map<String, Object> g : groups.subList(0, Math.min(10, groups.size()))) {
            out.printf(Locale.ROOT, "  %-9s %3d x, max %6.1f ms (CPU fx %.0f, paint %.0f ms), total %7.1f ms in %s%n      %s%n",
                    g.get("cause"), (int) g.get("count"), (double) g.get("maxMs"), (double) g.get("maxFxCpuMs"),
                    (double) g.get("maxRenderCpuMs"), (double) g.get("totalMs"), g.get("actions"),
                    String.join(" < ", castStrings(g.get("stack"))));
        }
    }

    void writeJson(Path file) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>(context);
        Map<String, Object> medians = new LinkedHashMap<>();
        passes.stream().map(PassResult::dataset).distinct().forEach(d -> medians.put(d, medians(d)));
        root.put("medianOverPasses", medians);
        root.put("stallGroups", stallGroups());
        root.put("passes", passes);
        Files.createDirectories(file.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
    }

    @SuppressWarnings("unchecked")
    private static List<String> castStrings(Object o) {
        return (List<String>) o;
    }

    private static double round(double ms) {
        return Math.round(ms * 10) / 10.0;
    }
}

package cn.xuchang.ems.app.bench;

import java.util.List;

/**
 * FX-thread delay figures of one stretch of the session.
 *
 * @param n          probe posts answered
 * @param medianMs   median delay
 * @param p99Ms      99th percentile
 * @param maxMs      longest delay
 * @param over50     posts that waited longer than the 50 ms budget
 * @param stalls     distinct stalls over the budget
 * @param codeStalls of those, the ones the FX thread's own work caused (not GC, not the machine)
 * @param fxCpuMs    CPU time the FX thread used in the stretch: the work it did, which unlike the
 *                   delays hardly depends on what else the machine runs
 * @param paintCpuMs CPU time Prism's render thread used painting the scene in the stretch
 */
public record DelayStats(int n, double medianMs, double p99Ms, double maxMs, int over50, int stalls, int codeStalls,
                         double fxCpuMs, double paintCpuMs) {

    /** Figures of {@code delaysMs}, the stalls that began in the same stretch and its CPU times. */
    static DelayStats of(List<Double> delaysMs, List<Stall> stalls, int budgetMs, double fxCpuMs, double paintCpuMs) {
        List<Double> sorted = delaysMs.stream().sorted().toList();
        return new DelayStats(sorted.size(), FxThreadLatencyProbe.quantile(sorted, 0.5),
                FxThreadLatencyProbe.quantile(sorted, 0.99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1),
                (int) sorted.stream().filter(d -> d > budgetMs).count(), stalls.size(),
                (int) stalls.stream().filter(Stall::codeDefect).count(), fxCpuMs, paintCpuMs);
    }

    /** The median of each figure over several passes (the number reported). */
    static DelayStats medianOf(List<DelayStats> passes) {
        return new DelayStats((int) median(passes.stream().map(p -> (double) p.n()).toList()),
                median(passes.stream().map(DelayStats::medianMs).toList()),
                median(passes.stream().map(DelayStats::p99Ms).toList()),
                median(passes.stream().map(DelayStats::maxMs).toList()),
                (int) median(passes.stream().map(p -> (double) p.over50()).toList()),
                (int) median(passes.stream().map(p -> (double) p.stalls()).toList()),
                (int) median(passes.stream().map(p -> (double) p.codeStalls()).toList()),
                median(passes.stream().map(DelayStats::fxCpuMs).toList()),
                median(passes.stream().map(DelayStats::paintCpuMs).toList()));
    }

    private static double median(List<Double> values) {
        List<Double> s = values.stream().sorted().toList();
        if (s.isEmpty()) {
            return 0;
        }
        int m = s.size() / 2;
        return s.size() % 2 == 1 ? s.get(m) : (s.get(m - 1) + s.get(m)) / 2;
    }
}

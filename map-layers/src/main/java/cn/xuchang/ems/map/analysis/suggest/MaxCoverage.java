package cn.xuchang.ems.map.analysis.suggest;

import cn.xuchang.ems.map.analysis.DemandSet;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Where to add facilities: greedy maximal coverage. Each step picks the candidate that covers the most
 * still-uncovered demand within the radius (ties: the earlier candidate). Greedy is the classic
 * approximation for maximal coverage: its n picks cover at least (1 − 1/e) ≈ 63 % of what the best
 * n sites could (Nemhauser, Wolsey & Fisher 1978), and in practice usually far more. Gains only shrink
 * as picks are made (submodularity), so stale gains in the queue are upper bounds and are re-counted
 * only when they reach the top ("lazy greedy"), with the same picks as the plain greedy.
 * Stateless and thread-safe.
 */
public final class MaxCoverage {

    private MaxCoverage() {
    }

    /**
     * Up to {@code n} picks among {@code candidates} covering {@code demand} (typically the points no
     * existing facility reaches) within {@code radiusM}; stops early when no candidate gains anything.
     *
     * @param weightByPeople count people (pupils, residents) instead of points
     */
    public static List<SitePick> suggest(List<CandidateSite> candidates, double radiusM, DemandSet demand, int n,
                                         boolean weightByPeople, BooleanSupplier cancelled) {
        if (n < 1) {
            throw new IllegalArgumentException("number of sites to suggest must be >= 1, got " + n);
        }
        if (!(radiusM > 0)) {
            throw new IllegalArgumentException("radius must be > 0 m, got " + radiusM);
        }
        long[] weight = new long[demand.size()];
        for (int i = 0; i < weight.length; i++) {
            weight[i] = weightByPeople ? demand.points().get(i).people() : 1;
        }
        int[][] reach = new int[candidates.size()][];
        for (int c = 0; c < candidates.size(); c++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("site suggestion cancelled");
            }
            List<Integer> hits = new ArrayList<>();
            demand.forEachWithin(candidates.get(c).location(), radiusM, hits::add);
            reach[c] = hits.stream().mapToInt(Integer::intValue).toArray();
        }
        boolean[] covered = new boolean[demand.size()];
        // Entries: {gain, candidate, roundComputed}; highest gain first, then lowest candidate index.
        PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> a[0] != b[0]
                ? Long.compare(b[0], a[0]) : Long.compare(a[1], b[1]));
        for (int c = 0; c < candidates.size(); c++) {
            queue.add(new long[] {gain(reach[c], covered, weight), c, 0});
        }
        List<SitePick> picks = new ArrayList<>();
        long cumulative = 0;
        int round = 0;
        while (picks.size() < n && !queue.isEmpty()) {
            long[] top = queue.poll();
            int c = (int) top[1];
            if (top[2] != round) {
                queue.add(new long[] {gain(reach[c], covered, weight), c, round});
                continue;
            }
            if (top[0] <= 0) {
                break;
            }
            int points = 0;
            for (int i : reach[c]) {
                if (!covered[i]) {
                    covered[i] = true;
                    points++;
                }
            }
            cumulative += top[0];
            picks.add(new SitePick(picks.size() + 1, candidates.get(c), top[0], cumulative, points));
            round++;
        }
        return picks;
    }

    private static long gain(int[] reach, boolean[] covered, long[] weight) {
        long g = 0;
        for (int i : reach) {
            if (!covered[i]) {
                g += weight[i];
            }
        }
        return g;
    }
}

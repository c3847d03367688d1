package cn.xuchang.ems.map.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PointGridTest {

    private static final ProjectionScaleBound EXACT_PLANAR = new ProjectionScaleBound(1.0);

    @Test
    void nearestCandidatesContainTheTrueKNearestForQueriesInsideAndOutsideTheGrid() {
        Random rnd = new Random(11);
        int n = 3000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextDouble() * 50_000;
            y[i] = rnd.nextDouble() * 20_000;
        }
        PointGrid grid = PointGrid.build(x, y);
        for (int q = 0; q < 500; q++) {
            double qx = -20_000 + rnd.nextDouble() * 90_000;
            double qy = -20_000 + rnd.nextDouble() * 60_000;
            int k = 1 + rnd.nextInt(30);
            int[] cand = grid.nearestCandidates(qx, qy, k, i -> i % 3 != 0, EXACT_PLANAR);
            List<Integer> truth = IntStream.range(0, n).filter(i -> i % 3 != 0).boxed()
                    .sorted((a, b) -> Double.compare(Math.hypot(x[a] - qx, y[a] - qy), Math.hypot(x[b] - qx, y[b] - qy)))
                    .limit(k).toList();
            List<Integer> got = new ArrayList<>();
            for (int c : cand) {
                got.add(c);
            }
            assertThat(got).containsAll(truth).allMatch(i -> i % 3 != 0);
        }
    }

    @Test
    void withinVisitsExactlyThePointsInTheCircle() {
        Random rnd = new Random(3);
        int n = 2000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextGaussian() * 5000;
            y[i] = rnd.nextGaussian() * 5000;
        }
        PointGrid grid = PointGrid.build(x, y);
        for (int q = 0; q < 200; q++) {
            double qx = rnd.nextGaussian() * 6000;
            double qy = rnd.nextGaussian() * 6000;
            double r = rnd.nextDouble() * 4000;
            List<Integer> got = new ArrayList<>();
            grid.forEachWithin(qx, qy, r, (i, d) -> got.add(i));
            List<Integer> truth = IntStream.range(0, n).filter(i -> Math.hypot(x[i] - qx, y[i] - qy) <= r).boxed().toList();
            assertThat(got).containsExactlyInAnyOrderElementsOf(truth);
        }
    }

    @Test
    void emptyAndSinglePointGridsAnswer() {
        PointGrid empty = PointGrid.build(new double[0], new double[0]);
        assertThat(empty.nearestCandidates(0, 0, 5, null, EXACT_PLANAR)).isEmpty();
        PointGrid one = PointGrid.build(new double[] {10}, new double[] {10});
        assertThat(one.nearestCandidates(1e6, -1e6, 5, null, EXACT_PLANAR)).containsExactly(0);
    }
}

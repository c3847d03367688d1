package cn.xuchang.ems.map.bench;

import cn.xuchang.ems.data.crs.GaussKruger;
import cn.xuchang.ems.data.crs.Geodesy;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.map.analysis.DemandPoint;
import cn.xuchang.ems.map.analysis.DemandSet;
import cn.xuchang.ems.map.analysis.coverage.Coverage;
import cn.xuchang.ems.map.analysis.coverage.CoverageReport;
import cn.xuchang.ems.map.analysis.coverage.FacilityRadius;
import cn.xuchang.ems.map.index.ProjectionScaleBound;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Coverage of 100,000 demand points by 1,000 facilities (radius 2 km, uniform over Xuchang: about 3/4
 * covered): multiplicity per point plus the nearest facility of every uncovered point. Baselines in the
 * same run: the naive all-pairs geodesic scan, timed on the first 1,000 demand points (its cost is linear
 * in the number of demand points, so ×100 gives the full job), and an all-pairs scan in projected metres
 * over the full data (geodesic only within the pad of the radius).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class CoverageBenchmark {

    private static final double RADIUS = 2_000;

    private List<Resource> facilities;
    private List<DemandPoint> demand;
    private DemandSet demandSet;
    private double[][] facilityXy;
    private double[][] demandXy;

    @Setup(Level.Trial)
    public void setUp() {
        facilities = BenchmarkData.resources("mixed", 9_000, 3).stream()
                .filter(r -> r.kind() == cn.xuchang.ems.data.domain.ResourceKind.SHELTER).limit(1_000).toList();
        demand = new ArrayList<>();
        LonLat[] places = BenchmarkData.places(100_000, 4);
        for (int i = 0; i < places.length; i++) {
            demand.add(new DemandPoint("d" + i, "", places[i], 1));
        }
        demandSet = DemandSet.of(demand);
        facilityXy = new double[facilities.size()][];
        for (int i = 0; i < facilityXy.length; i++) {
            facilityXy[i] = GaussKruger.CM_114E.forward(facilities.get(i).location());
        }
        demandXy = new double[demand.size()][];
        for (int i = 0; i < demandXy.length; i++) {
            demandXy[i] = GaussKruger.CM_114E.forward(demand.get(i).location());
        }
        if (facilities.size() != 1_000) {
            throw new IllegalStateException("expected 1000 facilities, got " + facilities.size());
        }
    }

    @Benchmark
    public CoverageReport gridIndex() {
        return Coverage.of(facilities, FacilityRadius.fixed(RADIUS), demandSet);
    }

    /** Naive: every pair by geodesic distance; on the first 1,000 demand points only (×100 for the full job). */
    @Benchmark
    public int[] bruteForceGeodesicFirst1000() {
        int[] multiplicity = new int[1_000];
        double[] nearest = new double[1_000];
        for (int i = 0; i < 1_000; i++) {
            LonLat p = demand.get(i).location();
            double best = Double.POSITIVE_INFINITY;
            for (Resource f : facilities) {
                double d = Geodesy.distance(f.location(), p);
                if (d <= RADIUS) {
                    multiplicity[i]++;
                }
                best = Math.min(best, d);
            }
            nearest[i] = best;
        }
        return multiplicity;
    }

    /** Every pair in projected metres (pre-projected), geodesic only near the radius and for the nearest one. */
    @Benchmark
    public int[] bruteForcePlanar() {
        ProjectionScaleBound bound = ProjectionScaleBound.forHalfWidth(120_000);
        double reach = bound.planarReach(RADIUS);
        int[] multiplicity = new int[demand.size()];
        for (int i = 0; i < demandXy.length; i++) {
            double x = demandXy[i][0];
            double y = demandXy[i][1];
            double best = Double.POSITIVE_INFINITY;
            int bestF = -1;
            for (int f = 0; f < facilityXy.length; f++) {
                double dx = facilityXy[f][0] - x;
                double dy = facilityXy[f][1] - y;
                double d = Math.sqrt(dx * dx + dy * dy);
                if (d <= reach && (bound.surelyWithin(d, RADIUS)
                        || Geodesy.distance(facilities.get(f).location(), demand.get(i).location()) <= RADIUS)) {
                    multiplicity[i]++;
                }
                if (d < best) {
                    best = d;
                    bestF = f;
                }
            }
            if (multiplicity[i] == 0 && bestF >= 0) {
                Geodesy.distance(facilities.get(bestF).location(), demand.get(i).location());
            }
        }
        return multiplicity;
    }
}

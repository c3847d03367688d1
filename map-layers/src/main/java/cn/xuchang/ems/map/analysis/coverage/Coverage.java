package cn.xuchang.ems.map.analysis.coverage;

import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.Shelter;
import cn.xuchang.ems.map.analysis.DemandPoint;
import cn.xuchang.ems.map.analysis.DemandSet;
import cn.xuchang.ems.map.analysis.ResourceFilter;
import cn.xuchang.ems.map.analysis.nearest.NearestResources;
import cn.xuchang.ems.map.analysis.nearest.NearestResult;
import cn.xuchang.ems.map.analysis.nearest.StraightLineEta;
import cn.xuchang.ems.map.index.ResourcePartition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Which demand points lie within the service radius of which facilities (geodesic distance, the
 * limit inclusive). Each facility visits the demand grid once; only pairs within centimetres of the
 * radius need an exact geodesic. Uncovered points then get their nearest facility (as
 * {@link NearestResources} finds it: distance within 1e-6 of GeographicLib, same facility). Stateless and
 * thread-safe.
 */
public final class Coverage {

    private static final int PROGRESS_STEP = 64;

    private Coverage() {
    }

    /** Coverage of {@code demand} by {@code facilities}, each with its radius. */
    public static CoverageReport of(List<Resource> facilities, FacilityRadius radius, DemandSet demand) {
        return of(facilities, radius, demand, () -> false);
    }

    /**
     * As {@link #of(List, FacilityRadius, DemandSet)}, polling {@code cancelled} between facilities.
     *
     * @throws CancellationException when cancelled
     */
    public static CoverageReport of(List<Resource> facilities, FacilityRadius radius, DemandSet demand,
                                    BooleanSupplier cancelled) {
        return of(facilities, radius, demand, cancelled, fraction -> { });
    }

    /**
     * As {@link #of(List, FacilityRadius, DemandSet, BooleanSupplier)}, telling {@code progress} the
     * fraction done (0..1) now and then: the facility pass is the first half, the gaps' nearest
     * facilities the second.
     */
    public static CoverageReport of(List<Resource> facilities, FacilityRadius radius, DemandSet demand,
                                    BooleanSupplier cancelled, DoubleConsumer progress) {
        int[] multiplicity = new int[demand.size()];
        int done = 0;
        long capacity = 0;
        long free = 0;
        for (Resource f : facilities) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("coverage cancelled");
            }
            double r = radius.radiusM(f);
            if (!(r >= 0)) {
                throw new IllegalArgumentException("service radius of " + f.name() + " (" + f.id() + ") is " + r);
            }
            demand.forEachWithin(f.location(), r, i -> multiplicity[i]++);
            if (++done % PROGRESS_STEP == 0) {
                progress.accept(0.5 * done / facilities.size());
            }
            if (f.details() instanceof Shelter s) {
                capacity += s.capacity();
                free += s.freeCapacity();
            }
        }
        ResourcePartition facilityPart = ResourcePartition.of(facilities);
        List<UncoveredPoint> uncovered = new ArrayList<>();
        double[] xy = new double[2];
        for (int i = 0; i < multiplicity.length; i++) {
            if (i % (PROGRESS_STEP * 16) == 0) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("coverage cancelled");
                }
                progress.accept(0.5 + 0.5 * i / multiplicity.length);
            }
            if (multiplicity[i] == 0) {
                DemandPoint p = demand.points().get(i);
                uncovered.add(nearest(facilityPart, p, demand.projected(i, xy) ? xy : null));
            }
        }
        progress.accept(1.0);
        uncovered.sort(Comparator.comparingDouble(UncoveredPoint::nearestDistanceM).reversed()
                .thenComparing(u -> u.point().id()));
        return new CoverageReport(demand.points(), multiplicity, uncovered, capacity, free);
    }

    /** The nearest facility of a demand point ({@code xy}: its EPSG:4547 metres, null outside the area). */
    private static UncoveredPoint nearest(ResourcePartition part, DemandPoint p, double[] xy) {
        List<NearestResult> nearest = NearestResources.find(part, p.location(), xy, 1, ResourceFilter.ANY,
                StraightLineEta.DEFAULT);
        return nearest.isEmpty() ? new UncoveredPoint(p, "", Double.POSITIVE_INFINITY)
                : new UncoveredPoint(p, nearest.get(0).resource().id().toString(), nearest.get(0).distanceM());
    }
}

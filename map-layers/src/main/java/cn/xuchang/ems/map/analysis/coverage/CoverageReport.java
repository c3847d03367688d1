package cn.xuchang.ems.map.analysis.coverage;

import cn.xuchang.ems.map.analysis.DemandPoint;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answer of a coverage question. Immutable.
 *
 * <p>{@link #uncovered()} is sorted worst gap first: by distance to the nearest facility,
 * descending, ties by id. Shelter questions also carry the facilities' capacity against the people
 * the demand points stand for.
 */
public final class CoverageReport {

    private final List<DemandPoint> demand;
    private final int[] multiplicity;
    private final int covered;
    private final List<UncoveredPoint> uncovered;
    private final long demandPeople;
    private final long coveredPeople;
    private final long facilityCapacity;
    private final long facilityFreeCapacity;

    CoverageReport(List<DemandPoint> demand, int[] multiplicity, List<UncoveredPoint> uncovered,
                   long facilityCapacity, long facilityFreeCapacity) {
        this.demand = demand;
        this.multiplicity = multiplicity;
        this.uncovered = List.copyOf(uncovered);
        int c = 0;
        long people = 0;
        long coveredPeople = 0;
        for (int i = 0; i < multiplicity.length; i++) {
            people += demand.get(i).people();
            if (multiplicity[i] > 0) {
                c++;
                coveredPeople += demand.get(i).people();
            }
        }
        this.covered = c;
        this.demandPeople = people;
        this.coveredPeople = coveredPeople;
        this.facilityCapacity = facilityCapacity;
        this.facilityFreeCapacity = facilityFreeCapacity;
    }

    /** Number of demand points. */
    public int total() {
        return demand.size();
    }

    /** Number of demand points reached by at least one facility. */
    public int covered() {
        return covered;
    }

    /** covered / total, 0 for an empty demand layer. */
    public double share() {
        return demand.isEmpty() ? 0 : (double) covered / demand.size();
    }

    /** How many facilities reach demand point {@code i} (index into {@link #demand()}). */
    public int multiplicity(int i) {
        return multiplicity[i];
    }

    /** Number of demand points per multiplicity (0 = uncovered), ascending. */
    public Map<Integer, Integer> multiplicityHistogram() {
        Map<Integer, Integer> h = new TreeMap<>();
        for (int m : multiplicity) {
            h.merge(m, 1, Integer::sum);
        }
        return h;
    }

    /** The demand points, in the order given. */
    public List<DemandPoint> demand() {
        return demand;
    }

    /** The uncovered points, worst gap first. These are the gap map's points. */
    public List<UncoveredPoint> uncovered() {
        return uncovered;
    }

    /** People the demand points stand for (pupils, residents). */
    public long demandPeople() {
        return demandPeople;
    }

    /** People at covered demand points. */
    public long coveredPeople() {
        return coveredPeople;
    }

    /** Total shelter capacity (persons) of the facilities; 0 for other kinds. */
    public long facilityCapacity() {
        return facilityCapacity;
    }

    /** Free shelter capacity (persons) of the facilities; 0 for other kinds. */
    public long facilityFreeCapacity() {
        return facilityFreeCapacity;
    }
}

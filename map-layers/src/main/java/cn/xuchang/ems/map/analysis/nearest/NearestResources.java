package cn.xuchang.ems.map.analysis.nearest;

import cn.xuchang.ems.data.crs.GaussKruger;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.map.analysis.ResourceFilter;
import cn.xuchang.ems.map.index.GaussKrugerDistance;
import cn.xuchang.ems.map.index.ProjectionArea;
import cn.xuchang.ems.map.index.ResourceIndex;
import cn.xuchang.ems.map.index.ResourcePartition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Straight-line nearest resources: the grid proposes planar candidates with a safe margin (see
 * {@link cn.xuchang.ems.map.index.ProjectionScaleBound}), then geodesic distances on the CGCS2000
 * ellipsoid rank them, ties broken by id. Distances and bearings come from {@link GaussKrugerDistance}
 * (within its stated bound of GeographicLib) or GeographicLib itself; the order and the set equal a
 * brute-force scan with GeographicLib distances (see {@link CandidateRanking}). Thread-safe: queries
 * share only the immutable index.
 */
public final class NearestResources {

    private final ResourceIndex index;
    private final StraightLineEta eta;

    /** A search over {@code index} with the given ETA model. */
    public NearestResources(ResourceIndex index, StraightLineEta eta) {
        this.index = index;
        this.eta = eta;
    }

    /** The up to {@code k} nearest resources meeting the query, nearest first. */
    public List<NearestResult> find(NearestQuery q) {
        ResourcePartition part = index.partition(q.kind(), q.filter().availableOnly());
        return find(part, q.from(), q.k(), q.filter(), eta);
    }

    /**
     * Every resource of the query's kind that passes its filter, in index order: the candidates a
     * travel-time search ranks (e.g. the road network's {@code NearestByTimeRequest}), so that both
     * methods answer from the same set.
     */
    public List<Resource> matching(NearestQuery q) {
        ResourcePartition part = index.partition(q.kind(), q.filter().availableOnly());
        List<Resource> out = new ArrayList<>(part.size());
        for (List<Resource> list : List.of(part.gridded(), part.outside())) {
            for (Resource r : list) {
                if (q.filter().test(r)) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /**
     * The up to {@code k} nearest resources of {@code part} passing {@code filter}, nearest first. For
     * analyses that build their own partition (e.g. the facilities of a coverage question).
     */
    public static List<NearestResult> find(ResourcePartition part, LonLat from, int k, ResourceFilter filter,
                                           StraightLineEta eta) {
        double[] xy = ProjectionArea.contains(from.lon(), from.lat()) ? GaussKruger.CM_114E.forward(from) : null;
        return find(part, from, xy, k, filter, eta);
    }

    /**
     * As {@link #find(ResourcePartition, LonLat, int, ResourceFilter, StraightLineEta)} with {@code from}
     * already in EPSG:4547 metres ({@code xy} = easting, northing), or {@code xy} null when {@code from}
     * lies outside the {@link ProjectionArea}.
     */
    public static List<NearestResult> find(ResourcePartition part, LonLat from, double[] xy, int k,
                                           ResourceFilter filter, StraightLineEta eta) {
        CandidateRanking ranking;
        if (xy != null) {
            ranking = new CandidateRanking(from, GaussKrugerDistance.from(xy[0], xy[1]));
            // The partition already holds only available resources when the filter asks for them.
            IntPredicate accept = filter.hasAttributeConditions() ? i -> filter.test(part.resource(i)) : null;
            for (int item : part.grid().nearestCandidates(xy[0], xy[1], k, accept, part.boundFor(xy[0]))) {
                ranking.addProjected(part.resource(item), part.easting(item), part.northing(item));
            }
        } else {
            ranking = new CandidateRanking(from, null);
            for (Resource r : part.gridded()) {
                if (filter.test(r)) {
                    ranking.addExact(r);
                }
            }
        }
        for (Resource r : part.outside()) {
            if (filter.test(r)) {
                ranking.addExact(r);
            }
        }
        return List.copyOf(ranking.top(k, eta));
    }
}

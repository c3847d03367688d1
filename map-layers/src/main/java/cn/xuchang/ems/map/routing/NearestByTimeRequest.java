package cn.xuchang.ems.map.routing;

import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import java.util.List;
import java.util.Objects;

/**
 * A travel-time nearest query. The candidates are already filtered (kind, team type, on duty, free
 * capacity...) by the same code as the straight-line query.
 *
 * @param candidates resources to rank
 * @param incident   where help is needed
 * @param k          how many to return (at least 1)
 * @param profile    vehicle profile
 * @param barriers   roads closed for this query
 * @param withRoutes true to return each hit's road path
 */
public record NearestByTimeRequest(List<Resource> candidates, LonLat incident, int k, RoadProfile profile,
                                   Barriers barriers, boolean withRoutes) {
    public NearestByTimeRequest {
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(barriers, "barriers");
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
    }

    /** Emergency profile, no barriers, no routes. */
    public static NearestByTimeRequest of(List<Resource> candidates, LonLat incident, int k) {
        return new NearestByTimeRequest(candidates, incident, k, RoadProfile.EMERGENCY, Barriers.NONE, false);
    }
}

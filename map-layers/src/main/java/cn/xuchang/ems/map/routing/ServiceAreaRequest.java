package cn.xuchang.ems.map.routing;

import cn.xuchang.ems.data.domain.Resource;
import java.util.List;
import java.util.Objects;

/**
 * A service-area (and coverage) query.
 *
 * @param facilities   where help starts (one or many)
 * @param minutes      breaks, e.g. 5, 10, 15 (any order; each &gt; 0)
 * @param profile      vehicle profile
 * @param barriers     roads closed for this query
 * @param countTurnout true to start each rescue team after its turnout minutes (the same total the
 *                     nearest answer ranks by); false for pure driving time
 * @param demand       points whose coverage is counted (e.g. schools); may be empty
 */
public record ServiceAreaRequest(List<Resource> facilities, List<Integer> minutes, RoadProfile profile,
                                 Barriers barriers, boolean countTurnout, List<Resource> demand) {
    public ServiceAreaRequest {
        facilities = List.copyOf(facilities);
        minutes = minutes.stream().sorted().distinct().toList();
        demand = List.copyOf(demand);
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(barriers, "barriers");
        if (minutes.isEmpty() || minutes.get(0) <= 0) {
            throw new IllegalArgumentException("service area minutes must be positive numbers, e.g. 5,10,15; got " + minutes);
        }
        if (minutes.get(minutes.size() - 1) > 180) {
            throw new IllegalArgumentException("service area minutes above 180 are not supported; got " + minutes);
        }
    }

    /** Driving-time areas for the emergency profile, no barriers, no demand. */
    public static ServiceAreaRequest of(List<Resource> facilities, List<Integer> minutes) {
        return new ServiceAreaRequest(facilities, minutes, RoadProfile.EMERGENCY, Barriers.NONE, false, List.of());
    }
}

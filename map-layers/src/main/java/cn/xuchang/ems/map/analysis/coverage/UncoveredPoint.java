package cn.xuchang.ems.map.analysis.coverage;

import cn.xuchang.ems.map.analysis.DemandPoint;

/**
 * A demand point no facility reaches, with how far the nearest facility is.
 *
 * @param point             the demand point
 * @param nearestFacilityId id of the nearest facility, or "" when there is none
 * @param nearestDistanceM  geodesic distance to it in metres (infinite when there is none)
 */
public record UncoveredPoint(DemandPoint point, String nearestFacilityId, double nearestDistanceM) {
}

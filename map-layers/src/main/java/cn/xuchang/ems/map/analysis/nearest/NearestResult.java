package cn.xuchang.ems.map.analysis.nearest;

import cn.xuchang.ems.data.domain.Resource;

/**
 * One answer of a nearest-resource search.
 *
 * @param resource   the resource found
 * @param distanceM  distance from the incident in metres (geodesic for {@link #STRAIGHT_LINE}, along
 *                   roads for a road-network method)
 * @param bearingDeg initial bearing from the incident to the resource, degrees clockwise from north
 * @param etaMin     estimated minutes until arrival (turnout included for teams)
 * @param method     how distance and ETA were found, e.g. {@link #STRAIGHT_LINE}
 */
public record NearestResult(Resource resource, double distanceM, double bearingDeg, double etaMin, String method) {

    /** Method label for geodesic distance with a speed-based ETA. */
    public static final String STRAIGHT_LINE = "straight_line";
}

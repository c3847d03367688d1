package cn.xuchang.ems.map.routing;

import cn.xuchang.ems.data.domain.Resource;
import org.locationtech.jts.geom.LineString;

/**
 * One resource of a travel-time nearest answer.
 *
 * @param resource      the resource
 * @param rank          1 for the first to arrive
 * @param travelS       driving time on roads from the resource's snapped point to the incident's
 * @param turnoutS      the team's turnout time (0 for resources without one)
 * @param totalS        turnout plus driving time: the ranking key
 * @param roadM         road distance driven
 * @param snapDistanceM straight distance from the resource to the road it was snapped to
 * @param farFromRoad   true when that distance exceeds {@link RoadNetwork#FAR_FROM_ROAD_M}
 * @param route         the road path, resource side first, lon/lat; null unless routes were requested
 */
public record TravelTimeHit(Resource resource, int rank, double travelS, double turnoutS, double totalS,
                            double roadM, double snapDistanceM, boolean farFromRoad, LineString route) {
}

package cn.xuchang.ems.app.ui.roads;

import cn.xuchang.ems.map.routing.TravelTimeHit;
import java.util.List;
import java.util.Map;

/**
 * The road side of a nearest query: the travel-time facts per result row, the routes to draw, or
 * why the straight-line answer stands.
 *
 * @param byRoad true when the rows are ranked by travel time; false when the straight-line answer
 *               stands (no network, or the incident lies outside it)
 * @param note   why the straight line stands ("" when by road)
 * @param hits   travel-time facts by result-row id (resource UUID text)
 * @param routes road paths from each resource to the incident
 */
public record RoadAnswer(boolean byRoad, String note, Map<String, TravelTimeHit> hits, List<RouteLine> routes) {
    public RoadAnswer {
        hits = Map.copyOf(hits);
        routes = List.copyOf(routes);
    }

    /** The straight-line answer stands, for the reason given. */
    public static RoadAnswer straightLine(String note) {
        return new RoadAnswer(false, note, Map.of(), List.of());
    }
}

package cn.xuchang.ems.map.routing;

import java.util.List;
import org.locationtech.jts.geom.LineString;

/**
 * A route on roads, or why there is none.
 *
 * @param found      false when an end lies outside the network or no road path connects them
 * @param message    plain reason when not found, else ""
 * @param timeS      driving time
 * @param distanceM  road distance
 * @param fromSnapM  distance from the start point to its road
 * @param toSnapM    distance from the end point to its road
 * @param geometry   the road path in travel order, lon/lat (null when not found)
 * @param turns      turn list (empty unless requested)
 */
public record RoadRoute(boolean found, String message, double timeS, double distanceM, double fromSnapM,
                        double toSnapM, LineString geometry, List<TurnInstruction> turns) {
    public RoadRoute {
        turns = List.copyOf(turns);
    }

    static RoadRoute notFound(String message) {
        return new RoadRoute(false, message, Double.NaN, Double.NaN, Double.NaN, Double.NaN, null, List.of());
    }
}

package cn.xuchang.ems.map.routing;

import java.util.List;

/**
 * The answer of {@link TravelTimeNearest}.
 *
 * @param incidentOnNetwork false when the incident lies outside the road network (no graph, or
 *                          farther than {@link RoadNetwork#OFF_NETWORK_M} from a usable road): then
 *                          {@code hits} is empty and the caller keeps the straight-line answer,
 *                          labelled as such
 * @param message           one plain sentence for the user when something is missing, else ""
 * @param incidentSnapM     distance from the incident to the road it was snapped to (NaN when off)
 * @param hits              the k first to arrive, by turnout + driving time
 * @param notRouted         candidates off the network, and (when the search ran out of roads)
 *                          candidates that cannot reach the incident
 */
public record TravelTimeAnswer(boolean incidentOnNetwork, String message, double incidentSnapM,
                               List<TravelTimeHit> hits, List<UnroutedResource> notRouted) {
    public TravelTimeAnswer {
        hits = List.copyOf(hits);
        notRouted = List.copyOf(notRouted);
    }

    static TravelTimeAnswer offNetwork(String message) {
        return new TravelTimeAnswer(false, message, Double.NaN, List.of(), List.of());
    }
}

package cn.xuchang.ems.map.routing;

import cn.xuchang.ems.data.domain.Resource;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Service areas and coverage from one multi-source search.
 *
 * @param bands           one per break, ascending
 * @param demandTimesS    for each demand point reached within the largest break: first arrival in
 *                        seconds (turnout included when requested)
 * @param offNetwork      facilities and demand points farther than {@link RoadNetwork#OFF_NETWORK_M} from roads
 * @param maxReachM       how far the polygons reach beyond a reached road (grid reach plus one cell diagonal)
 */
public record ServiceAreaResult(List<ServiceAreaBand> bands, Map<UUID, Double> demandTimesS,
                                List<Resource> offNetwork, double maxReachM) {
    public ServiceAreaResult {
        bands = List.copyOf(bands);
        demandTimesS = Map.copyOf(demandTimesS);
        offNetwork = List.copyOf(offNetwork);
    }
}

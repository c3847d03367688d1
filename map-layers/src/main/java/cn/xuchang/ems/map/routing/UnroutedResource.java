package cn.xuchang.ems.map.routing;

import cn.xuchang.ems.data.domain.Resource;

/**
 * A candidate the road search could not place.
 *
 * @param resource the resource
 * @param reason   why
 */
public record UnroutedResource(Resource resource, Reason reason) {

    /** Why a resource has no travel time. */
    public enum Reason {
        /** Farther than {@link RoadNetwork#OFF_NETWORK_M} from any usable road of the network. */
        OFF_NETWORK,
        /** On the network, but no road path leads from it to the incident (one-ways, barriers, islands). */
        UNREACHABLE
    }
}

package cn.xuchang.ems.map.routing;

import cn.xuchang.ems.data.domain.LonLat;
import com.carrotsearch.hppc.IntArrayList;
import com.graphhopper.routing.InstructionsFromEdges;
import com.graphhopper.routing.Path;
import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.Instruction;
import com.graphhopper.util.InstructionList;
import com.graphhopper.util.PointList;
import com.graphhopper.util.Translation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Fastest route between two points on the road network, e.g. from a resource to the incident. Runs
 * the same time-ordered search as {@link TravelTimeNearest} (forward, stopped at the destination),
 * so a route's time equals the travel time in the nearest answer. Thread-safe.
 */
public final class RoutePlanner {
    private final RoadNetwork network;

    public RoutePlanner(RoadNetwork network) {
        this.network = network;
    }

    /**
     * @param turnsLocale language of the turn list (e.g. {@code Locale.SIMPLIFIED_CHINESE}); null for no turn list
     */
    public RoadRoute route(LonLat from, LonLat to, RoadProfile profile, Barriers barriers, Locale turnsLocale) {
        Weighting base = network.weighting(profile, barriers);
        Optional<Snap> fromSnap = network.snap(from, profile, base);
        Optional<Snap> toSnap = network.snap(to, profile, base);
        if (fromSnap.isEmpty() || toSnap.isEmpty()) {
            return RoadRoute.notFound("the " + (fromSnap.isEmpty() ? "start " + from : "destination " + to)
                    + " is outside the road network (no usable road within " + (int) RoadNetwork.OFF_NETWORK_M + " m)");
        }
        QueryGraph graph = QueryGraph.create(network.graph(), fromSnap.get(), toSnap.get());
        Weighting weighting = graph.wrapWeighting(base);
        int target = toSnap.get().getClosestNode();
        TravelTimeTree tree = new TravelTimeTree(graph, weighting, false, profile.traversalMode());
        tree.addSource(fromSnap.get().getClosestNode(), 0);
        tree.run(Long.MAX_VALUE, label -> label.node != target);
        TravelTimeTree.Label end = tree.settled(target);
        if (end == null) {
            return RoadRoute.notFound("no road path leads from " + from + " to " + to
                    + (barriers.isEmpty() ? "" : " around the barriers"));
        }
        List<TurnInstruction> turns = turnsLocale == null ? List.of()
                : turns(graph, weighting, fromSnap.get().getClosestNode(), end, turnsLocale);
        return new RoadRoute(true, "", end.timeMs / 1000.0, end.distanceM, fromSnap.get().getQueryDistance(),
                toSnap.get().getQueryDistance(), TreePaths.geometry(graph, end, false), turns);
    }

    private List<TurnInstruction> turns(QueryGraph graph, Weighting weighting, int fromNode, TravelTimeTree.Label end,
                                        Locale locale) {
        Path path = new Path(graph);
        path.setFromNode(fromNode);
        IntArrayList edges = TreePaths.edges(end, false);
        for (int i = 0; i < edges.size(); i++) {
            path.addEdge(edges.get(i));
        }
        path.setEndNode(end.node).setTime(end.timeMs).setDistance(end.distanceM).setFound(true);
        Translation tr = network.hopper().getTranslationMap().getWithFallBack(locale);
        InstructionList list = InstructionsFromEdges.calcInstructions(path, graph, weighting,
                network.hopper().getEncodingManager(), tr);
        List<TurnInstruction> out = new ArrayList<>(list.size());
        for (Instruction in : list) {
            PointList pl = in.getPoints();
            double lon = pl.isEmpty() ? Double.NaN : pl.getLon(0);
            double lat = pl.isEmpty() ? Double.NaN : pl.getLat(0);
            out.add(new TurnInstruction(in.getSign(), in.getTurnDescription(tr), in.getName() == null ? "" : in.getName(),
                    in.getDistance(), in.getTime() / 1000.0, lon, lat));
        }
        return out;
    }
}

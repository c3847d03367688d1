package cn.xuchang.ems.map.routing;

import cn.xuchang.ems.data.domain.RescueTeam;
import cn.xuchang.ems.data.domain.Resource;
import com.carrotsearch.hppc.IntObjectHashMap;
import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.index.Snap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * The k resources that reach an incident first by road, counting each rescue team's turnout
 * minutes. One reverse search from the incident over a query graph holding the incident and every
 * candidate's snap (snapped once per resource and cached); it stops as soon as no unreached
 * candidate can beat the k-th total any more (its driving time is at least the search frontier and
 * its turnout at least the smallest turnout still unreached).
 *
 * <p>Typical use by the nearest query ({@code --by time}):
 * <pre>{@code
 * TravelTimeAnswer a = new TravelTimeNearest(network).find(
 *         new NearestByTimeRequest(filteredCandidates, incident, k, RoadProfile.EMERGENCY, Barriers.NONE, true));
 * if (!a.incidentOnNetwork()) { keep the straight-line answer, show a.message() }
 * }</pre>
 * Thread-safe: each call searches on its own query graph.
 */
public final class TravelTimeNearest {
    private final RoadNetwork network;

    public TravelTimeNearest(RoadNetwork network) {
        this.network = network;
    }

    /** Runs the query. Never throws for an incident or resource outside the network: see the answer. */
    public TravelTimeAnswer find(NearestByTimeRequest request) {
        RoadProfile profile = request.profile();
        Weighting base = network.weighting(profile, request.barriers());
        Optional<Snap> incidentSnap = network.snap(request.incident(), profile, base);
        if (incidentSnap.isEmpty()) {
            return TravelTimeAnswer.offNetwork("the incident at " + request.incident()
                    + " is outside the road network (no usable road within " + (int) RoadNetwork.OFF_NETWORK_M
                    + " m); travel times are not available, the straight-line answer stands");
        }
        List<Resource> candidates = request.candidates();
        List<Snap> snaps = new ArrayList<>(candidates.size() + 1);
        snaps.add(incidentSnap.get());
        List<UnroutedResource> notRouted = new ArrayList<>();
        Snap[] facilitySnaps = new Snap[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            Resource r = candidates.get(i);
            Optional<Snap> s = network.facilitySnap(r.id(), r.location(), profile);
            if (s.isPresent()) {
                facilitySnaps[i] = s.get();
                snaps.add(s.get());
            } else {
                notRouted.add(new UnroutedResource(r, UnroutedResource.Reason.OFF_NETWORK));
            }
        }
        QueryGraph graph = QueryGraph.create(network.graph(), snaps);
        // after create() the snaps point at their (possibly shared) virtual nodes
        IntObjectHashMap<List<Integer>> facilitiesAtNode = new IntObjectHashMap<>();
        TreeMap<Long, Integer> unreachedTurnouts = new TreeMap<>();
        long[] turnoutMs = new long[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            if (facilitySnaps[i] == null) {
                continue;
            }
            turnoutMs[i] = turnoutMs(candidates.get(i));
            int node = facilitySnaps[i].getClosestNode();
            List<Integer> at = facilitiesAtNode.get(node);
            if (at == null) {
                at = new ArrayList<>(1);
                facilitiesAtNode.put(node, at);
            }
            at.add(i);
            unreachedTurnouts.merge(turnoutMs[i], 1, Integer::sum);
        }

        TravelTimeTree tree = new TravelTimeTree(graph, graph.wrapWeighting(base), true, profile.traversalMode());
        tree.addSource(incidentSnap.get().getClosestNode(), 0);
        int k = request.k();
        List<Reached> reached = new ArrayList<>();
        PriorityQueue<Long> bestTotals = new PriorityQueue<>(Comparator.reverseOrder());
        tree.run(Long.MAX_VALUE, label -> {
            List<Integer> at = facilitiesAtNode.get(label.node);
            if (at != null) {
                for (int i : at) {
                    long total = label.timeMs + turnoutMs[i];
                    reached.add(new Reached(i, label, total));
                    unreachedTurnouts.computeIfPresent(turnoutMs[i], (t, n) -> n == 1 ? null : n - 1);
                    bestTotals.add(total);
                    if (bestTotals.size() > k) {
                        bestTotals.poll();
                    }
                }
            }
            if (unreachedTurnouts.isEmpty()) {
                return false;
            }
            // nothing unreached can arrive before frontier + smallest remaining turnout
            return bestTotals.size() < k || label.timeMs + unreachedTurnouts.firstKey() <= bestTotals.peek();
        });
        boolean exhausted = tree.nextMs() == Long.MAX_VALUE && !unreachedTurnouts.isEmpty();
        if (exhausted) {
            boolean[] seen = new boolean[candidates.size()];
            reached.forEach(r -> seen[r.index] = true);
            for (int i = 0; i < candidates.size(); i++) {
                if (facilitySnaps[i] != null && !seen[i]) {
                    notRouted.add(new UnroutedResource(candidates.get(i), UnroutedResource.Reason.UNREACHABLE));
                }
            }
        }
        reached.sort(Comparator.comparingLong(Reached::totalMs)
                .thenComparingLong(r -> r.label.timeMs)
                .thenComparing(r -> candidates.get(r.index).id()));
        List<TravelTimeHit> hits = new ArrayList<>(k);
        for (Reached r : reached.subList(0, Math.min(k, reached.size()))) {
            Snap s = facilitySnaps[r.index];
            hits.add(new TravelTimeHit(candidates.get(r.index), hits.size() + 1, r.label.timeMs / 1000.0,
                    turnoutMs[r.index] / 1000.0, r.totalMs / 1000.0, r.label.distanceM, s.getQueryDistance(),
                    s.getQueryDistance() > RoadNetwork.FAR_FROM_ROAD_M,
                    request.withRoutes() ? TreePaths.geometry(graph, r.label, true) : null));
        }
        String message = hits.isEmpty() ? "no candidate can reach the incident by road" : "";
        return new TravelTimeAnswer(true, message, incidentSnap.get().getQueryDistance(), hits, notRouted);
    }

    /** A team's turnout minutes in milliseconds; other resources leave at once. */
    static long turnoutMs(Resource r) {
        return r.details() instanceof RescueTeam team ? team.turnoutMinutes() * 60_000L : 0L;
    }

    private record Reached(int index, TravelTimeTree.Label label, long totalMs) {
    }
}

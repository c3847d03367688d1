package cn.xuchang.ems.map.routing;

import cn.xuchang.ems.data.domain.Resource;
import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.NodeAccess;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.FetchMode;
import com.graphhopper.util.PointList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * Service areas ("isochrones") of one or many facilities for any minute breaks, and coverage of
 * demand points by travel time. One forward search from all facilities at once (each starting after
 * its turnout when asked), the same time-ordered search the nearest answer runs backwards: a point
 * is inside the N-minute area exactly when the nearest answer for it has a total of at most N
 * minutes (up to the polygon's {@link ServiceAreaResult#maxReachM() reach} off the road).
 * Polygons are built by {@link ServiceAreaRaster}. Thread-safe.
 */
public final class ServiceAreas {
    private final RoadNetwork network;

    public ServiceAreas(RoadNetwork network) {
        this.network = network;
    }

    /** Computes the bands and the coverage; facilities off the network are listed, not used. */
    public ServiceAreaResult compute(ServiceAreaRequest request) {
        Computation c = search(request);
        long[] breaks = request.minutes().stream().mapToLong(m -> m * 60_000L).toArray();
        ServiceAreaRaster raster = c.raster(breaks[breaks.length - 1]);
        List<MultiPolygon> polygons = raster.polygons(breaks);
        List<ServiceAreaBand> bands = new ArrayList<>();
        for (int b = 0; b < breaks.length; b++) {
            long limit = breaks[b];
            int covered = (int) c.demandTimesMs.values().stream().filter(t -> t <= limit).count();
            bands.add(new ServiceAreaBand(request.minutes().get(b), polygons.get(b), areaKm2(polygons.get(b)),
                    covered, request.demand().size()));
        }
        Map<UUID, Double> demandS = new HashMap<>();
        c.demandTimesMs.forEach((id, ms) -> demandS.put(id, ms / 1000.0));
        return new ServiceAreaResult(bands, demandS, c.offNetwork, raster.maxReachM());
    }

    /** The search alone (tests read the tree). */
    Computation search(ServiceAreaRequest request) {
        RoadProfile profile = request.profile();
        Weighting base = network.weighting(profile, request.barriers());
        List<Snap> snaps = new ArrayList<>();
        List<Resource> offNetwork = new ArrayList<>();
        List<Resource> facilities = new ArrayList<>();
        List<Snap> facilitySnaps = new ArrayList<>();
        for (Resource r : request.facilities()) {
            Optional<Snap> s = network.facilitySnap(r.id(), r.location(), profile);
            if (s.isPresent()) {
                facilities.add(r);
                facilitySnaps.add(s.get());
                snaps.add(s.get());
            } else {
                offNetwork.add(r);
            }
        }
        List<Resource> demand = new ArrayList<>();
        List<Snap> demandSnaps = new ArrayList<>();
        for (Resource r : request.demand()) {
            Optional<Snap> s = network.facilitySnap(r.id(), r.location(), profile);
            if (s.isPresent()) {
                demand.add(r);
                demandSnaps.add(s.get());
                snaps.add(s.get());
            } else {
                offNetwork.add(r);
            }
        }
        QueryGraph graph = QueryGraph.create(network.graph(), snaps);
        TravelTimeTree tree = new TravelTimeTree(graph, graph.wrapWeighting(base), false, profile.traversalMode());
        for (int i = 0; i < facilities.size(); i++) {
            long offset = request.countTurnout() ? TravelTimeNearest.turnoutMs(facilities.get(i)) : 0;
            tree.addSource(facilitySnaps.get(i).getClosestNode(), offset);
        }
        long limit = request.minutes().get(request.minutes().size() - 1) * 60_000L;
        tree.run(limit, label -> true);
        Map<UUID, Long> demandTimes = new HashMap<>();
        for (int i = 0; i < demand.size(); i++) {
            TravelTimeTree.Label l = tree.settled(demandSnaps.get(i).getClosestNode());
            if (l != null && l.timeMs <= limit) {
                demandTimes.put(demand.get(i).id(), l.timeMs);
            }
        }
        return new Computation(graph, tree, facilities, facilitySnaps, request, demandTimes, offNetwork);
    }

    private static double areaKm2(MultiPolygon mp) {
        if (mp.isEmpty()) {
            return 0;
        }
        double lat = mp.getEnvelopeInternal().centre().y;
        return mp.getArea() * 111.32 * 111.32 * Math.cos(Math.toRadians(lat));
    }

    /** One finished search and what the polygons need from it. */
    static final class Computation {
        final QueryGraph graph;
        final TravelTimeTree tree;
        final List<Resource> facilities;
        final List<Snap> facilitySnaps;
        final ServiceAreaRequest request;
        final Map<UUID, Long> demandTimesMs;
        final List<Resource> offNetwork;

        Computation(QueryGraph graph, TravelTimeTree tree, List<Resource> facilities, List<Snap> facilitySnaps,
                    ServiceAreaRequest request, Map<UUID, Long> demandTimesMs, List<Resource> offNetwork) {
            this.graph = graph;
            this.tree = tree;
            this.facilities = facilities;
            this.facilitySnaps = facilitySnaps;
            this.request = request;
            this.demandTimesMs = demandTimesMs;
            this.offNetwork = offNetwork;
        }

        ServiceAreaRaster raster(long limitMs) {
            double[] env = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            List<double[][]> lines = new ArrayList<>();
            List<long[]> times = new ArrayList<>();
            tree.forEachTraversal((from, edge, to, startMs, endMs) -> {
                if (startMs > limitMs) {
                    return;
                }
                PointList pl = graph.getEdgeIteratorState(edge, to).fetchWayGeometry(FetchMode.ALL);
                double[] lons = new double[pl.size()];
                double[] lats = new double[pl.size()];
                for (int i = 0; i < pl.size(); i++) {
                    lons[i] = pl.getLon(i);
                    lats[i] = pl.getLat(i);
                    extend(env, lons[i], lats[i]);
                }
                lines.add(new double[][] {lons, lats});
                times.add(new long[] {startMs, endMs});
            });
            for (int i = 0; i < facilities.size(); i++) {
                extend(env, facilities.get(i).location().lon(), facilities.get(i).location().lat());
            }
            if (env[0] > env[2]) {
                // nothing reached: an empty grid anywhere will do
                env[0] = env[1] = env[2] = env[3] = 0;
            }
            ServiceAreaRaster raster = new ServiceAreaRaster(env[0], env[1], env[2], env[3]);
            for (int i = 0; i < lines.size(); i++) {
                raster.markLine(lines.get(i)[0], lines.get(i)[1], times.get(i)[0], times.get(i)[1], limitMs);
            }
            for (int i = 0; i < facilities.size(); i++) {
                // the facility itself and its way to the road count as reached when it starts,
                // unless it is flagged as far from any road (then only the road side is drawn)
                Snap s = facilitySnaps.get(i);
                TravelTimeTree.Label l = tree.settled(s.getClosestNode());
                if (l == null || l.timeMs > limitMs || s.getQueryDistance() > RoadNetwork.FAR_FROM_ROAD_M) {
                    continue;
                }
                double[] lons = {facilities.get(i).location().lon(), s.getSnappedPoint().lon};
                double[] lats = {facilities.get(i).location().lat(), s.getSnappedPoint().lat};
                raster.markLine(lons, lats, l.timeMs, l.timeMs, limitMs);
            }
            int baseNodes = graph.getBaseGraph().getNodes();
            NodeAccess baseNa = graph.getBaseGraph().getNodeAccess();
            for (int n = 0; n < baseNodes; n++) {
                double lat = baseNa.getLat(n);
                double lon = baseNa.getLon(n);
                if (lon >= env[0] && lon <= env[2] && lat >= env[1] && lat <= env[3]) {
                    raster.markJunction(lon, lat);
                }
            }
            return raster;
        }

        private static void extend(double[] env, double lon, double lat) {
            env[0] = Math.min(env[0], lon);
            env[1] = Math.min(env[1], lat);
            env[2] = Math.max(env[2], lon);
            env[3] = Math.max(env[3], lat);
        }
    }
}

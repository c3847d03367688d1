package cn.xuchang.ems.map.routing;

import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import com.graphhopper.GraphHopper;
import com.graphhopper.config.CHProfile;
import com.graphhopper.isochrone.algorithm.ContourBuilder;
import com.graphhopper.isochrone.algorithm.JTSTriangulator;
import com.graphhopper.isochrone.algorithm.ShortestPathTree;
import com.graphhopper.isochrone.algorithm.Triangulator;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.index.Snap;
import java.nio.file.Path;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/** Test-only access to routing internals for the benchmarks in {@code routing.bench}. */
public final class RoutingBenchSupport {
    private RoutingBenchSupport() {
    }

    /** A GraphHopper over the same profiles with contraction hierarchies prepared for {@code profile}. */
    public static GraphHopper chHopper(Path osmFile, Path dir, RoadProfile profile) {
        GraphHopper hopper = GraphHopperSetup.configure(new GraphHopper(), dir);
        hopper.setOSMFile(osmFile.toString());
        hopper.getCHPreparationHandler().setCHProfiles(new CHProfile(profile.code()));
        hopper.importOrLoad();
        return hopper;
    }

    public static List<LonLat> pointsNearRoads(RoadNetwork net, int n, long seed) {
        return AndorraFixture.pointsNearRoads(net, n, seed);
    }

    public static List<Resource> teams(RoadNetwork net, int n, int maxTurnout, long seed) {
        return AndorraFixture.teams(net, n, maxTurnout, seed);
    }

    /** GraphHopper's own isochrone pipeline (tree + Delaunay triangulation + contour) as a baseline. */
    public static Geometry graphHopperIsochrone(RoadNetwork net, LonLat start, RoadProfile profile, int minutes) {
        Weighting weighting = net.weighting(profile);
        Snap snap = net.hopper().getLocationIndex().findClosest(start.lat(), start.lon(), new DefaultSnapFilter(weighting,
                net.hopper().getEncodingManager().getBooleanEncodedValue(Subnetwork.key(profile.code()))));
        if (!snap.isValid()) {
            return null;
        }
        QueryGraph qg = QueryGraph.create(net.graph(), snap);
        ShortestPathTree tree = new ShortestPathTree(qg, qg.wrapWeighting(weighting), false, profile.traversalMode());
        double limit = minutes * 60_000.0;
        tree.setTimeLimit(limit + Math.max(limit * 0.14, 200_000));
        Triangulator.Result result = new JTSTriangulator(net.hopper().getRouterConfig())
                .triangulate(snap, qg, tree, l -> l.time, 0);
        return new ContourBuilder(result.triangulation).computeIsoline(limit, result.seedEdges);
    }
}

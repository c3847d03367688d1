package cn.xuchang.ems.map.routing;

import cn.xuchang.ems.data.domain.LonLat;
import com.carrotsearch.hppc.IntHashSet;
import com.graphhopper.GraphHopper;
import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.PMap;
import com.graphhopper.util.shapes.BBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The imported road network of a data folder, loaded into memory. Entry point for
 * {@link TravelTimeNearest}, {@link RoutePlanner} and {@link ServiceAreas}.
 *
 * <p>Thread-safe: queries only read the graph; each builds its own query graph. Close it before a
 * re-import of the same folder and open the new one afterwards.
 */
public final class RoadNetwork implements AutoCloseable {
    /** Points farther than this from any usable road are outside the network (straight line applies). */
    public static final double OFF_NETWORK_M = 2000;
    /** Resources farther than this from the road they were snapped to are flagged. */
    public static final double FAR_FROM_ROAD_M = 500;

    private final GraphHopper hopper;
    private final RoadNetworkInfo info;
    private final Map<String, Snap> facilitySnaps = new ConcurrentHashMap<>();

    private RoadNetwork(GraphHopper hopper, RoadNetworkInfo info) {
        this.hopper = hopper;
        this.info = info;
    }

    /** The road network folder of a data folder: {@code <data-dir>/roads}. */
    public static Path folderIn(Path dataDir) {
        return dataDir.resolve("roads");
    }

    /**
     * Loads the network stored under {@code roadsDir} ({@code <data-dir>/roads}); empty when none
     * was imported yet.
     *
     * @throws IllegalStateException when the stored graph was built by another program version;
     *                               import the OSM file again
     */
    public static Optional<RoadNetwork> open(Path roadsDir) {
        Path graphDir = RoadNetworkStorage.graphDir(roadsDir.toAbsolutePath());
        if (!Files.isDirectory(graphDir)) {
            return Optional.empty();
        }
        GraphHopper hopper = GraphHopperSetup.configure(new GraphHopper(), graphDir);
        hopper.setAllowWrites(false);
        try {
            if (!hopper.load()) {
                hopper.close();
                return Optional.empty();
            }
        } catch (RuntimeException e) {
            hopper.close();
            throw new IllegalStateException("the road network in " + graphDir + " cannot be loaded ("
                    + e.getMessage() + "); import the OSM file again with 'xems roads import FILE'", e);
        }
        Properties p = RoadNetworkImporter.readInfo(graphDir);
        BBox b = hopper.getBaseGraph().getBounds();
        RoadNetworkInfo info = new RoadNetworkInfo(p.getProperty("source", ""), p.getProperty("imported_at", ""),
                hopper.getBaseGraph().getNodes(), hopper.getBaseGraph().getEdges(), RoadNetworkStorage.sizeOf(graphDir),
                b.minLon, b.minLat, b.maxLon, b.maxLat);
        return Optional.of(new RoadNetwork(hopper, info));
    }

    /** What is loaded. */
    public RoadNetworkInfo info() {
        return info;
    }

    /** True when {@code p} lies within {@link #OFF_NETWORK_M} of a road usable by {@code profile}. */
    public boolean covers(LonLat p, RoadProfile profile) {
        return snap(p, profile, weighting(profile)).isPresent();
    }

    BaseGraph graph() {
        return hopper.getBaseGraph();
    }

    GraphHopper hopper() {
        return hopper;
    }

    /** A fresh weighting for one query (custom weightings are not thread-safe). */
    Weighting weighting(RoadProfile profile) {
        return hopper.createWeighting(hopper.getProfile(profile.code()), new PMap());
    }

    /** The profile's weighting with the barriers' edges made impassable. */
    Weighting weighting(RoadProfile profile, Barriers barriers) {
        Weighting w = weighting(profile);
        if (barriers.isEmpty()) {
            return w;
        }
        IntHashSet blocked = BlockedEdges.find(graph(), hopper.getLocationIndex(), barriers);
        return BlockedEdges.wrap(w, blocked, graph().getEdges());
    }

    /** Snaps a point to the nearest road passable under {@code weighting}; empty when off the network. */
    Optional<Snap> snap(LonLat p, RoadProfile profile, Weighting weighting) {
        BBox b = graph().getBounds();
        double margin = OFF_NETWORK_M / 111_320.0 * 2;
        if (p.lon() < b.minLon - margin || p.lon() > b.maxLon + margin
                || p.lat() < b.minLat - margin || p.lat() > b.maxLat + margin) {
            return Optional.empty();
        }
        BooleanEncodedValue subnetwork = hopper.getEncodingManager().getBooleanEncodedValue(Subnetwork.key(profile.code()));
        Snap snap = hopper.getLocationIndex().findClosest(p.lat(), p.lon(), new DefaultSnapFilter(weighting, subnetwork));
        if (!snap.isValid() || snap.getQueryDistance() > OFF_NETWORK_M) {
            return Optional.empty();
        }
        return Optional.of(snap);
    }

    /**
     * A copy of the resource's snap, computed once per resource, place and profile (barriers are
     * not considered when snapping resources: a resource on a closed road simply cannot leave).
     * Copies are needed because {@code QueryGraph.create} rewrites the snaps it is given.
     */
    Optional<Snap> facilitySnap(UUID id, LonLat p, RoadProfile profile) {
        String key = profile.code() + '|' + id + '|' + p;
        Snap template = facilitySnaps.computeIfAbsent(key,
                k -> snap(p, profile, weighting(profile)).orElse(new Snap(p.lat(), p.lon())));
        return template.isValid() ? Optional.of(copy(template)) : Optional.empty();
    }

    static Snap copy(Snap t) {
        Snap s = new Snap(t.getQueryPoint().lat, t.getQueryPoint().lon);
        s.setQueryDistance(t.getQueryDistance());
        s.setWayIndex(t.getWayIndex());
        s.setClosestNode(t.getClosestNode());
        s.setClosestEdge(t.getClosestEdge());
        s.setSnappedPosition(t.getSnappedPosition());
        s.setSnappedPoint(t.getSnappedPoint());
        return s;
    }

    @Override
    public void close() {
        hopper.close();
    }
}

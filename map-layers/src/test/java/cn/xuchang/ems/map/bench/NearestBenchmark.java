package cn.xuchang.ems.map.bench;

import cn.xuchang.ems.data.crs.GaussKruger;
import cn.xuchang.ems.data.crs.Geodesy;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.map.analysis.ResourceFilter;
import cn.xuchang.ems.map.analysis.nearest.NearestQuery;
import cn.xuchang.ems.map.analysis.nearest.NearestResources;
import cn.xuchang.ems.map.analysis.nearest.NearestResult;
import cn.xuchang.ems.map.analysis.nearest.StraightLineEta;
import cn.xuchang.ems.map.index.ResourceIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.GeometryItemDistance;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.ItemDistance;
import org.locationtech.jts.index.strtree.STRtree;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * k = 5 nearest on-duty rescue teams over 100,000 resources: the grid index (full answer: geodesic
 * distance, bearing, ETA) against JTS {@code STRtree.nearestNeighbour} over the same on-duty teams (bare
 * planar kNN, query projection included) and against a brute-force geodesic scan of all resources.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class NearestBenchmark {

    private static final int K = 5;

    @Param({"mixed", "teams"})
    public String scenario;

    private List<Resource> all;
    private NearestResources nearest;
    private STRtree strTree;
    private final STRtree strTreeOfResources = new STRtree();
    private final STRtree strTreeOfGeometries = new STRtree();
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /** A tree item carrying its projected position and resource. */
    private record Item(double x, double y, Resource r) {
    }
    private LonLat[] incidents;
    private int next;

    private static final ResourceFilter ON_DUTY = ResourceFilter.ANY.onlyAvailable();

    @Setup(Level.Trial)
    public void setUp() {
        all = BenchmarkData.resources(scenario, 100_000, 1);
        nearest = new NearestResources(ResourceIndex.of(all), StraightLineEta.DEFAULT);
        strTree = new STRtree();
        double[] xy = new double[2];
        for (Resource r : all) {
            if (r.kind() == ResourceKind.RESCUE_TEAM && r.details().available()) {
                GaussKruger.CM_114E.forward(r.location().lon(), r.location().lat(), xy);
                Envelope e = new Envelope(xy[0], xy[0], xy[1], xy[1]);
                strTree.insert(e, xy.clone());
                strTreeOfResources.insert(e, new Item(xy[0], xy[1], r));
                strTreeOfGeometries.insert(e, GEOMETRY.createPoint(new Coordinate(xy[0], xy[1])));
            }
        }
        strTree.build();
        strTreeOfResources.build();
        strTreeOfGeometries.build();
        incidents = BenchmarkData.places(1024, 2);
    }

    private LonLat nextIncident() {
        next = (next + 1) & 1023;
        return incidents[next];
    }

    @Benchmark
    public List<NearestResult> gridIndex() {
        return nearest.find(new NearestQuery(nextIncident(), ResourceKind.RESCUE_TEAM, K, ON_DUTY));
    }

    private static final ItemDistance PLANAR = (ItemBoundable a, ItemBoundable b) -> {
        double[] u = (double[]) a.getItem();
        double[] v = (double[]) b.getItem();
        return Math.hypot(u[0] - v[0], u[1] - v[1]);
    };

    /** The bare planar 5-NN (query projection included): no geodesic distance, bearing or result objects. */
    @Benchmark
    public Object[] jtsStrTree() {
        double[] q = GaussKruger.CM_114E.forward(nextIncident());
        return strTree.nearestNeighbour(new Envelope(q[0], q[0], q[1], q[1]), q, PLANAR, K);
    }

    /** The common way to use STRtree: JTS points with {@link GeometryItemDistance}. */
    @Benchmark
    public Object[] jtsStrTreeOfPoints() {
        double[] q = GaussKruger.CM_114E.forward(nextIncident());
        Point p = GEOMETRY.createPoint(new Coordinate(q[0], q[1]));
        return strTreeOfGeometries.nearestNeighbour(p.getEnvelopeInternal(), p, new GeometryItemDistance(), K);
    }

    /**
     * STRtree giving the same kind of answer as the grid query: planar 5-NN, then geodesic distance,
     * bearing and ETA for each (ranked by planar distance, so ties and near-ties may differ).
     */
    @Benchmark
    public List<NearestResult> jtsStrTreeSameAnswer() {
        LonLat p = nextIncident();
        double[] q = GaussKruger.CM_114E.forward(p);
        Object[] found = strTreeOfResources.nearestNeighbour(new Envelope(q[0], q[0], q[1], q[1]),
                new Item(q[0], q[1], null), PLANAR_ITEMS, K);
        List<NearestResult> out = new ArrayList<>(found.length);
        for (Object o : found) {
            Resource r = ((Item) o).r();
            Geodesy.DistanceBearing db = Geodesy.inverse(p, r.location());
            out.add(new NearestResult(r, db.distanceM(), db.bearingDeg(),
                    StraightLineEta.DEFAULT.minutes(r, db.distanceM()), NearestResult.STRAIGHT_LINE));
        }
        return out;
    }

    private static final ItemDistance PLANAR_ITEMS = (ItemBoundable a, ItemBoundable b) -> {
        Item u = (Item) a.getItem();
        Item v = (Item) b.getItem();
        return Math.hypot(u.x() - v.x(), u.y() - v.y());
    };

    @Benchmark
    public List<NearestResult> bruteForce() {
        LonLat p = nextIncident();
        record Hit(Resource r, double d) {
        }
        List<Hit> hits = new ArrayList<>();
        for (Resource r : all) {
            if (r.kind() == ResourceKind.RESCUE_TEAM && r.details().available()) {
                hits.add(new Hit(r, Geodesy.distance(p, r.location())));
            }
        }
        hits.sort(Comparator.comparingDouble(Hit::d).thenComparing(h -> h.r().id().toString()));
        List<NearestResult> out = new ArrayList<>(K);
        for (Hit h : hits.subList(0, Math.min(K, hits.size()))) {
            Geodesy.DistanceBearing db = Geodesy.inverse(p, h.r().location());
            out.add(new NearestResult(h.r(), db.distanceM(), db.bearingDeg(),
                    StraightLineEta.DEFAULT.minutes(h.r(), db.distanceM()), NearestResult.STRAIGHT_LINE));
        }
        return out;
    }
}

package cn.xuchang.ems.map.routing;

import com.carrotsearch.hppc.IntHashSet;
import com.graphhopper.routing.querygraph.VirtualEdgeIteratorState;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.index.LocationIndex;
import com.graphhopper.util.EdgeIteratorState;
import com.graphhopper.util.FetchMode;
import com.graphhopper.util.GHUtility;
import com.graphhopper.util.PointList;
import com.graphhopper.util.shapes.BBox;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/** The base-graph edges a {@link Barriers} closes, and a weighting that treats them as impassable. */
final class BlockedEdges {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final double METRES_PER_DEGREE = 111_320;

    private BlockedEdges() {
    }

    static IntHashSet find(BaseGraph graph, LocationIndex index, Barriers barriers) {
        IntHashSet blocked = new IntHashSet();
        for (Polygon zone : barriers.zones()) {
            PreparedGeometry prepared = PreparedGeometryFactory.prepare(zone);
            forEdgesNear(graph, index, zone.getEnvelopeInternal(), 0, edge -> {
                if (prepared.intersects(edgeLine(edge, 1))) {
                    blocked.add(edge.getEdge());
                }
            });
        }
        for (LineString line : barriers.closedRoads()) {
            double tol = barriers.closedRoadToleranceM();
            double lat0 = line.getEnvelopeInternal().centre().y;
            double xScale = Math.cos(Math.toRadians(lat0));
            // a local equirectangular frame, in degrees of latitude, so the buffer is round in metres
            Geometry corridor = scaled(line, xScale).buffer(tol / METRES_PER_DEGREE);
            PreparedGeometry prepared = PreparedGeometryFactory.prepare(corridor);
            forEdgesNear(graph, index, line.getEnvelopeInternal(), tol, edge -> {
                LineString road = edgeLine(edge, xScale);
                if (prepared.intersects(road)
                        && road.intersection(corridor).getLength() >= 0.5 * road.getLength()) {
                    blocked.add(edge.getEdge());
                }
            });
        }
        return blocked;
    }

    private static void forEdgesNear(BaseGraph graph, LocationIndex index, Envelope env, double marginM,
                                     java.util.function.Consumer<EdgeIteratorState> action) {
        double dLat = marginM / METRES_PER_DEGREE;
        double dLon = dLat / Math.cos(Math.toRadians(env.centre().y));
        BBox box = new BBox(env.getMinX() - dLon, env.getMaxX() + dLon, env.getMinY() - dLat, env.getMaxY() + dLat);
        IntHashSet seen = new IntHashSet();
        index.query(box, edgeId -> {
            if (seen.add(edgeId)) {
                action.accept(graph.getEdgeIteratorState(edgeId, Integer.MIN_VALUE));
            }
        });
    }

    private static LineString edgeLine(EdgeIteratorState edge, double xScale) {
        PointList pl = edge.fetchWayGeometry(FetchMode.ALL);
        Coordinate[] cs = new Coordinate[pl.size()];
        for (int i = 0; i < pl.size(); i++) {
            cs[i] = new Coordinate(pl.getLon(i) * xScale, pl.getLat(i));
        }
        if (cs.length == 1) {
            cs = new Coordinate[] {cs[0], cs[0]};
        }
        return GF.createLineString(cs);
    }

    private static Geometry scaled(LineString line, double xScale) {
        Coordinate[] cs = line.getCoordinates();
        Coordinate[] out = new Coordinate[cs.length];
        for (int i = 0; i < cs.length; i++) {
            out[i] = new Coordinate(cs[i].x * xScale, cs[i].y);
        }
        return GF.createLineString(out);
    }

    /**
     * Wraps a weighting so that blocked edges, and the virtual pieces a query graph splits them
     * into, are impassable.
     *
     * @param baseEdges number of edges of the base graph: higher ids are virtual
     */
    static Weighting wrap(Weighting inner, IntHashSet blocked, int baseEdges) {
        if (blocked.isEmpty()) {
            return inner;
        }
        return new Weighting() {
            private boolean isBlocked(EdgeIteratorState edge) {
                int id = edge.getEdge();
                if (id >= baseEdges) {
                    // a query-graph iterator is not itself the virtual edge state; detach(false) yields it
                    EdgeIteratorState state = edge instanceof VirtualEdgeIteratorState ? edge : edge.detach(false);
                    if (state instanceof VirtualEdgeIteratorState v) {
                        id = GHUtility.getEdgeFromEdgeKey(v.getOriginalEdgeKey());
                    }
                }
                return blocked.contains(id);
            }

            @Override
            public double calcMinWeightPerDistance() {
                return inner.calcMinWeightPerDistance();
            }

            @Override
            public double calcEdgeWeight(EdgeIteratorState edgeState, boolean reverse) {
                return isBlocked(edgeState) ? Double.POSITIVE_INFINITY : inner.calcEdgeWeight(edgeState, reverse);
            }

            @Override
            public long calcEdgeMillis(EdgeIteratorState edgeState, boolean reverse) {
                return inner.calcEdgeMillis(edgeState, reverse);
            }

            @Override
            public double calcTurnWeight(int inEdge, int viaNode, int outEdge) {
                return inner.calcTurnWeight(inEdge, viaNode, outEdge);
            }

            @Override
            public long calcTurnMillis(int inEdge, int viaNode, int outEdge) {
                return inner.calcTurnMillis(inEdge, viaNode, outEdge);
            }

            @Override
            public boolean hasTurnCosts() {
                return inner.hasTurnCosts();
            }

            @Override
            public String getName() {
                return inner.getName();
            }
        };
    }
}

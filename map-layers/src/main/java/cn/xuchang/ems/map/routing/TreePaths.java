package cn.xuchang.ems.map.routing;

import com.carrotsearch.hppc.IntArrayList;
import com.graphhopper.storage.Graph;
import com.graphhopper.util.EdgeIteratorState;
import com.graphhopper.util.FetchMode;
import com.graphhopper.util.PointList;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/** Reads paths back out of a {@link TravelTimeTree}. */
final class TreePaths {
    private static final GeometryFactory GF = new GeometryFactory();

    private TreePaths() {
    }

    /**
     * The edges from the tree's root to {@code label} in travel order: for a reverse tree that is
     * from the label's node to the root, for a forward tree from the root to the node.
     */
    static IntArrayList edges(TravelTimeTree.Label label, boolean reverse) {
        IntArrayList edges = new IntArrayList();
        for (TravelTimeTree.Label l = label; l.parent != null; l = l.parent) {
            edges.add(l.edge);
        }
        if (!reverse) {
            int n = edges.size();
            for (int i = 0; i < n / 2; i++) {
                int tmp = edges.get(i);
                edges.set(i, edges.get(n - 1 - i));
                edges.set(n - 1 - i, tmp);
            }
        }
        return edges;
    }

    /** Geometry of the path to {@code label}, in travel order, lon/lat. */
    static LineString geometry(Graph graph, TravelTimeTree.Label label, boolean reverse) {
        List<Coordinate> coords = new ArrayList<>();
        List<TravelTimeTree.Label> chain = new ArrayList<>();
        for (TravelTimeTree.Label l = label; l.parent != null; l = l.parent) {
            chain.add(l);
        }
        if (!reverse) {
            java.util.Collections.reverse(chain);
        }
        for (TravelTimeTree.Label l : chain) {
            // travel goes parent -> l in a forward tree, l -> parent in a reverse tree
            int from = reverse ? l.node : l.parent.node;
            int to = reverse ? l.parent.node : l.node;
            EdgeIteratorState edge = graph.getEdgeIteratorState(l.edge, to);
            if (edge.getBaseNode() != from) {
                throw new IllegalStateException("tree edge " + l.edge + " does not join " + from + " and " + to);
            }
            PointList pl = edge.fetchWayGeometry(FetchMode.ALL);
            for (int i = coords.isEmpty() ? 0 : 1; i < pl.size(); i++) {
                coords.add(new Coordinate(pl.getLon(i), pl.getLat(i)));
            }
        }
        if (coords.isEmpty()) {
            double lat = graph.getNodeAccess().getLat(label.node);
            double lon = graph.getNodeAccess().getLon(label.node);
            coords.add(new Coordinate(lon, lat));
        }
        if (coords.size() == 1) {
            coords.add(new Coordinate(coords.get(0)));
        }
        return GF.createLineString(coords.toArray(Coordinate[]::new));
    }
}

package cn.xuchang.ems.map.routing;

import com.carrotsearch.hppc.IntObjectHashMap;
import com.graphhopper.routing.util.TraversalMode;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.Graph;
import com.graphhopper.util.EdgeExplorer;
import com.graphhopper.util.EdgeIterator;
import com.graphhopper.util.GHUtility;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * Dijkstra by travel time (milliseconds) from one or several sources, forward (from the sources) or
 * reverse (towards the source, i.e. the time to reach it). Ordering by time rather than by
 * GraphHopper weight keeps the tree time-ordered whatever the custom model says about distance.
 * The nearest answer, routes, service areas and coverage all run on this one search, so they
 * cannot disagree.
 *
 * <p>One instance per search; not thread-safe.
 */
final class TravelTimeTree {

    /** A settled or tentative arrival at a node by a given edge. */
    static final class Label {
        final int node;
        final int edge;
        final long timeMs;
        final double distanceM;
        final Label parent;
        boolean done;

        Label(int node, int edge, long timeMs, double distanceM, Label parent) {
            this.node = node;
            this.edge = edge;
            this.timeMs = timeMs;
            this.distanceM = distanceM;
            this.parent = parent;
        }
    }

    /** Told each node the first time it is settled, in time order; returns false to stop. */
    @FunctionalInterface
    interface SettleListener {
        boolean settled(Label label);
    }

    private final Graph graph;
    private final Weighting weighting;
    private final boolean reverse;
    private final TraversalMode mode;
    private final EdgeExplorer explorer;
    private final IntObjectHashMap<Label> byState = new IntObjectHashMap<>(1000);
    private final IntObjectHashMap<Label> settledByNode = new IntObjectHashMap<>(1000);
    private final PriorityQueue<Label> queue = new PriorityQueue<>(1000, Comparator.comparingLong(l -> l.timeMs));
    private long lastSettledMs;

    /**
     * @param weighting already wrapped for the query graph ({@code QueryGraph.wrapWeighting})
     * @param reverse   true to compute the time from every node to the sources
     */
    TravelTimeTree(Graph graph, Weighting weighting, boolean reverse, TraversalMode mode) {
        this.graph = graph;
        this.weighting = weighting;
        this.reverse = reverse;
        this.mode = mode;
        this.explorer = graph.createEdgeExplorer();
    }

    /** Adds a source that starts {@code offsetMs} late (e.g. a team's turnout time). */
    void addSource(int node, long offsetMs) {
        Label start = new Label(node, EdgeIterator.NO_EDGE, offsetMs, 0, null);
        if (!mode.isEdgeBased()) {
            Label old = byState.get(node);
            if (old != null && old.timeMs <= offsetMs) {
                return;
            }
            if (old != null) {
                old.done = true;
            }
            byState.put(node, start);
        }
        queue.add(start);
    }

    /** Settles nodes in time order up to {@code limitMs} or until the listener says stop. */
    void run(long limitMs, SettleListener listener) {
        while (!queue.isEmpty()) {
            Label current = queue.poll();
            if (current.done) {
                continue;
            }
            if (current.timeMs > limitMs) {
                queue.add(current);
                return;
            }
            current.done = true;
            lastSettledMs = current.timeMs;
            if (!settledByNode.containsKey(current.node)) {
                settledByNode.put(current.node, current);
                if (!listener.settled(current)) {
                    return;
                }
            }
            expand(current);
        }
    }

    private void expand(Label current) {
        EdgeIterator iter = explorer.setBaseNode(current.node);
        while (iter.next()) {
            if (!mode.isEdgeBased() && iter.getEdge() == current.edge) {
                continue;
            }
            double weight = GHUtility.calcWeightWithTurnWeight(weighting, iter, reverse, current.edge);
            if (Double.isInfinite(weight)) {
                continue;
            }
            long time = current.timeMs + GHUtility.calcMillisWithTurnMillis(weighting, iter, reverse, current.edge);
            int state = mode.createTraversalId(iter, reverse);
            Label old = byState.get(state);
            if (old == null || (!old.done && old.timeMs > time)) {
                if (old != null) {
                    old.done = true;
                }
                Label next = new Label(iter.getAdjNode(), iter.getEdge(), time, current.distanceM + iter.getDistance(), current);
                byState.put(state, next);
                queue.add(next);
            }
        }
    }

    /** The first (fastest) settled label at {@code node}, or null when not settled (yet). */
    Label settled(int node) {
        return settledByNode.get(node);
    }

    /** All nodes settled so far with their fastest labels. */
    IntObjectHashMap<Label> settledNodes() {
        return settledByNode;
    }

    /** Time of the last label settled: no unsettled node can be reached faster. */
    long frontierMs() {
        return lastSettledMs;
    }

    /** The tentative time of the next label to settle, or MAX_VALUE when the search is exhausted. */
    long nextMs() {
        while (!queue.isEmpty() && queue.peek().done) {
            queue.poll();
        }
        return queue.isEmpty() ? Long.MAX_VALUE : queue.peek().timeMs;
    }

    Graph graph() {
        return graph;
    }

    /** A directed road piece the search drove (or started to drive): time at its start and end. */
    @FunctionalInterface
    interface TraversalVisitor {
        void traversal(int fromNode, int edge, int toNode, long startMs, long endMs);
    }

    /**
     * Every edge traversal leaving a settled node, with start and end times in travel direction
     * (forward trees only). Node-based: all passable edges out of settled nodes, so road pieces
     * between two reached junctions are timed from both ends. Edge-based: the traversals the search
     * relaxed, so turn restrictions are honoured.
     */
    void forEachTraversal(TraversalVisitor visitor) {
        if (reverse) {
            throw new IllegalStateException("traversals are defined for forward trees");
        }
        if (mode.isEdgeBased()) {
            for (var cursor : byState.values()) {
                Label l = cursor.value;
                if (l.parent != null) {
                    visitor.traversal(l.parent.node, l.edge, l.node, l.parent.timeMs, l.timeMs);
                }
            }
            return;
        }
        EdgeExplorer out = graph.createEdgeExplorer();
        for (var cursor : settledByNode.values()) {
            Label l = cursor.value;
            EdgeIterator iter = out.setBaseNode(l.node);
            while (iter.next()) {
                if (Double.isInfinite(weighting.calcEdgeWeight(iter, false))) {
                    continue;
                }
                visitor.traversal(l.node, iter.getEdge(), iter.getAdjNode(), l.timeMs,
                        l.timeMs + weighting.calcEdgeMillis(iter, false));
            }
        }
    }
}

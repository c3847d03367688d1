package cn.xuchang.ems.map.index;

import cn.xuchang.ems.map.layer.MapFeature;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;

/**
 * Grid clustering of point features for one zoom level: the plane is cut into square cells of
 * {@code cellMetres} anchored at the origin of EPSG:4547, so a cluster is the same whatever the
 * view's centre (no flicker while panning) and can be built once per level and reused. A cluster
 * sits at the mean position of its members.
 *
 * <p>Immutable after construction; thread-safe for queries.
 */
public final class PointClusters {

    /** One cell's cluster; {@code members} are in index order. */
    public record Cluster(double x, double y, List<MapFeature> members) {
        /** Number of members. */
        public int size() {
            return members.size();
        }
    }

    private final double cellMetres;
    private final Map<Long, Cluster> cells;

    /** Clusters {@code features} (their anchor points) into cells of {@code cellMetres}. */
    public PointClusters(List<MapFeature> features, double cellMetres) {
        if (!(cellMetres > 0)) {
            throw new IllegalArgumentException("cell size must be > 0 m, got " + cellMetres);
        }
        this.cellMetres = cellMetres;
        Map<Long, List<MapFeature>> groups = new HashMap<>();
        for (MapFeature f : features) {
            groups.computeIfAbsent(key(cellOf(f.x()), cellOf(f.y())), k -> new ArrayList<>(4)).add(f);
        }
        Map<Long, Cluster> built = new HashMap<>(groups.size() * 2);
        for (Map.Entry<Long, List<MapFeature>> e : groups.entrySet()) {
            List<MapFeature> m = e.getValue();
            double sx = 0;
            double sy = 0;
            for (MapFeature f : m) {
                sx += f.x();
                sy += f.y();
            }
            built.put(e.getKey(), new Cluster(sx / m.size(), sy / m.size(), List.copyOf(m)));
        }
        this.cells = built;
    }

    /** Cell size in metres. */
    public double cellMetres() {
        return cellMetres;
    }

    /** Number of clusters (occupied cells). */
    public int size() {
        return cells.size();
    }

    /**
     * Calls {@code visitor} with every cluster whose position lies in {@code env}. Cost grows with the
     * number of cells the envelope covers, not with the number of points.
     */
    public void query(Envelope env, Consumer<Cluster> visitor) {
        long x0 = cellOf(env.getMinX());
        long x1 = cellOf(env.getMaxX());
        long y0 = cellOf(env.getMinY());
        long y1 = cellOf(env.getMaxY());
        long span = (x1 - x0 + 1) * (y1 - y0 + 1);
        if (span > cells.size() * 4L) {
            // The view covers far more cells than are occupied: scanning the clusters is cheaper.
            for (Cluster c : cells.values()) {
                if (env.contains(c.x, c.y)) {
                    visitor.accept(c);
                }
            }
            return;
        }
        for (long cy = y0; cy <= y1; cy++) {
            for (long cx = x0; cx <= x1; cx++) {
                Cluster c = cells.get(key(cx, cy));
                if (c != null && env.contains(c.x, c.y)) {
                    visitor.accept(c);
                }
            }
        }
    }

    private long cellOf(double v) {
        return (long) Math.floor(v / cellMetres);
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xFFFFFFFFL);
    }
}

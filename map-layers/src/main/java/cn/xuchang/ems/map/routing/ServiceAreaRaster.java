package cn.xuchang.ems.map.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns timed road samples into service-area polygons on a square grid in a local metric frame.
 *
 * <p>Cells are 25 m, or coarser for large areas so that a grid stays within {@code MAX_CELLS}
 * (Andorra's 15-minute area: ~55 m). A cell's time is the earliest sample in it; a point belongs to the N-minute area when a cell
 * within {@code reachCells} (square neighbourhood, ~100 m) holds a sample reached within N minutes.
 * That gives, by construction: every reached road point is inside; land farther than the reach from
 * every reached road is outside (no unreachable land); the thinnest part is a whole road corridor
 * (no slivers). Enclosed gaps that hold no road junction and are smaller than
 * {@link #MAX_FILLED_HOLE_M2} are filled (blocks between reached streets; no holes around a start);
 * gaps holding a junction not reached in time stay holes. Diagonal-only cell contacts are closed
 * so rings never touch themselves. Breaks are built cumulatively, so areas nest.
 *
 * <p>Not thread-safe; one instance per service-area computation.
 */
final class ServiceAreaRaster {
    static final double REACH_M = 100;
    static final double MAX_FILLED_HOLE_M2 = 250_000;
    private static final double M_PER_DEG = 111_320;
    /** Grid budget: cells grow beyond 25 m when the area is large, keeping one area ≲ 30 ms. */
    private static final double MAX_CELLS = 250_000;

    private final double lon0;
    private final double lat0;
    private final double kx;
    private final double cell;
    private final int reachCells;
    private final double originX;
    private final double originY;
    private final int nx;
    private final int ny;
    private final int[] roadTime;
    private final boolean[] junction;
    private final GeometryFactory gf = new GeometryFactory();

    /** @param env lon/lat envelope of everything that will be marked: minLon, minLat, maxLon, maxLat */
    ServiceAreaRaster(double minLon, double minLat, double maxLon, double maxLat) {
        lon0 = (minLon + maxLon) / 2;
        lat0 = (minLat + maxLat) / 2;
        kx = M_PER_DEG * Math.cos(Math.toRadians(lat0));
        double width = (maxLon - minLon) * kx;
        double height = (maxLat - minLat) * M_PER_DEG;
        cell = Math.max(25, Math.sqrt((width + 2 * REACH_M) * (height + 2 * REACH_M) / MAX_CELLS));
        reachCells = Math.max(1, (int) Math.round(REACH_M / cell));
        int margin = reachCells + 2;
        originX = (minLon - lon0) * kx - margin * cell;
        originY = (minLat - lat0) * M_PER_DEG - margin * cell;
        nx = (int) Math.ceil(width / cell) + 2 * margin + 1;
        ny = (int) Math.ceil(height / cell) + 2 * margin + 1;
        roadTime = new int[nx * ny];
        Arrays.fill(roadTime, Integer.MAX_VALUE);
        junction = new boolean[nx * ny];
    }

    /** Grid cell size in metres (25 m, coarser for very large areas). */
    double cellM() {
        return cell;
    }

    /** Farthest a polygon edge can be from a reached road sample, in metres. */
    double maxReachM() {
        return (reachCells + 1) * cell * Math.sqrt(2);
    }

    private int cellOf(double lon, double lat) {
        int i = (int) Math.floor(((lon - lon0) * kx - originX) / cell);
        int j = (int) Math.floor(((lat - lat0) * M_PER_DEG - originY) / cell);
        if (i < 0 || j < 0 || i >= nx || j >= ny) {
            return -1;
        }
        return j * nx + i;
    }

    /** Marks a road point reached at {@code ms}. */
    void mark(double lon, double lat, long ms) {
        int c = cellOf(lon, lat);
        if (c >= 0 && ms < roadTime[c]) {
            roadTime[c] = (int) Math.min(ms, Integer.MAX_VALUE - 1);
        }
    }

    /**
     * Marks the points of a polyline driven from its first point (at {@code startMs}) to its last
     * (at {@code endMs}), time growing with distance, up to {@code limitMs}.
     */
    void markLine(double[] lons, double[] lats, long startMs, long endMs, long limitMs) {
        int n = lons.length;
        double[] cum = new double[n];
        for (int i = 1; i < n; i++) {
            double dx = (lons[i] - lons[i - 1]) * kx;
            double dy = (lats[i] - lats[i - 1]) * M_PER_DEG;
            cum[i] = cum[i - 1] + Math.sqrt(dx * dx + dy * dy);
        }
        double length = cum[n - 1];
        double span = endMs - startMs;
        mark(lons[0], lats[0], startMs);
        double step = cell / 2;
        for (int i = 1; i < n; i++) {
            double seg = cum[i] - cum[i - 1];
            int steps = Math.max(1, (int) Math.ceil(seg / step));
            for (int s = 1; s <= steps; s++) {
                double f = (double) s / steps;
                double d = cum[i - 1] + f * seg;
                long t = length > 0 ? startMs + Math.round(span * d / length) : endMs;
                if (t > limitMs) {
                    return;
                }
                mark(lons[i - 1] + f * (lons[i] - lons[i - 1]), lats[i - 1] + f * (lats[i] - lats[i - 1]), t);
            }
        }
    }

    /** Notes a road junction; enclosed gaps holding one are not filled. */
    void markJunction(double lon, double lat) {
        int c = cellOf(lon, lat);
        if (c >= 0) {
            junction[c] = true;
        }
    }

    /** One polygon per break (ascending ms), each containing the previous. */
    List<MultiPolygon> polygons(long[] breaksMs) {
        int[] near = dilate(roadTime);
        boolean[] mask = new boolean[nx * ny];
        List<MultiPolygon> out = new ArrayList<>(breaksMs.length);
        for (long limit : breaksMs) {
            for (int c = 0; c < mask.length; c++) {
                if (near[c] <= limit) {
                    mask[c] = true;
                }
            }
            closeDiagonalContacts(mask);
            fillSmallEmptyHoles(mask);
            out.add(trace(mask));
        }
        return out;
    }

    /** Square min filter of radius reachCells, stamped around the (few) cells holding a road. */
    private int[] dilate(int[] in) {
        int r = reachCells;
        int[] out = new int[in.length];
        Arrays.fill(out, Integer.MAX_VALUE);
        for (int c = 0; c < in.length; c++) {
            int t = in[c];
            if (t == Integer.MAX_VALUE) {
                continue;
            }
            int i = c % nx;
            int j = c / nx;
            for (int jj = Math.max(0, j - r); jj <= Math.min(ny - 1, j + r); jj++) {
                int row = jj * nx;
                for (int ii = Math.max(0, i - r); ii <= Math.min(nx - 1, i + r); ii++) {
                    if (t < out[row + ii]) {
                        out[row + ii] = t;
                    }
                }
            }
        }
        return out;
    }

    /** Fills the empty cells of every 2×2 block whose filled cells touch only at a corner. */
    private void closeDiagonalContacts(boolean[] mask) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int j = 0; j + 1 < ny; j++) {
                for (int i = 0; i + 1 < nx; i++) {
                    int a = j * nx + i;
                    int b = a + 1;
                    int c = a + nx;
                    int d = c + 1;
                    if (mask[a] == mask[d] && mask[b] == mask[c] && mask[a] != mask[b]) {
                        mask[a] = mask[b] = mask[c] = mask[d] = true;
                        changed = true;
                    }
                }
            }
        }
    }

    private void fillSmallEmptyHoles(boolean[] mask) {
        boolean[] seen = new boolean[mask.length];
        int[] stack = new int[mask.length];
        int top = 0;
        for (int i = 0; i < nx; i++) {
            top = seed(mask, seen, stack, top, i);
            top = seed(mask, seen, stack, top, (ny - 1) * nx + i);
        }
        for (int j = 0; j < ny; j++) {
            top = seed(mask, seen, stack, top, j * nx);
            top = seed(mask, seen, stack, top, j * nx + nx - 1);
        }
        flood(mask, seen, stack, top, null);
        int maxCells = (int) (MAX_FILLED_HOLE_M2 / (cell * cell));
        int[] hole = new int[mask.length];
        for (int c = 0; c < mask.length; c++) {
            if (!mask[c] && !seen[c]) {
                seen[c] = true;
                stack[0] = c;
                int size = flood(mask, seen, stack, 1, hole);
                boolean hasJunction = false;
                for (int h = 0; h < size && !hasJunction; h++) {
                    hasJunction = junction[hole[h]];
                }
                if (!hasJunction && size <= maxCells) {
                    for (int h = 0; h < size; h++) {
                        mask[hole[h]] = true;
                    }
                }
            }
        }
    }

    private static int seed(boolean[] mask, boolean[] seen, int[] stack, int top, int c) {
        if (!mask[c] && !seen[c]) {
            seen[c] = true;
            stack[top++] = c;
        }
        return top;
    }

    /**
     * 4-connected flood fill over empty cells from the {@code top} cells on the stack; marks them
     * seen and, when {@code collect} is given, lists them there. Returns how many were collected.
     */
    private int flood(boolean[] mask, boolean[] seen, int[] stack, int top, int[] collect) {
        int collected = 0;
        while (top > 0) {
            int c = stack[--top];
            if (collect != null) {
                collect[collected++] = c;
            }
            int i = c % nx;
            if (i > 0 && !mask[c - 1] && !seen[c - 1]) {
                seen[c - 1] = true;
                stack[top++] = c - 1;
            }
            if (i < nx - 1 && !mask[c + 1] && !seen[c + 1]) {
                seen[c + 1] = true;
                stack[top++] = c + 1;
            }
            if (c >= nx && !mask[c - nx] && !seen[c - nx]) {
                seen[c - nx] = true;
                stack[top++] = c - nx;
            }
            if (c + nx < mask.length && !mask[c + nx] && !seen[c + nx]) {
                seen[c + nx] = true;
                stack[top++] = c + nx;
            }
        }
        return collected;
    }

    /** Follows cell borders with filled cells on the left: shells counter-clockwise, holes clockwise. */
    private MultiPolygon trace(boolean[] mask) {
        int vx = nx + 1;
        int[] next = new int[vx * (ny + 1)];
        Arrays.fill(next, -1);
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                if (!mask[j * nx + i]) {
                    continue;
                }
                int ll = j * vx + i;
                int lr = ll + 1;
                int ul = ll + vx;
                int ur = ul + 1;
                if (j == 0 || !mask[(j - 1) * nx + i]) {
                    next[ll] = lr;
                }
                if (i == nx - 1 || !mask[j * nx + i + 1]) {
                    next[lr] = ur;
                }
                if (j == ny - 1 || !mask[(j + 1) * nx + i]) {
                    next[ur] = ul;
                }
                if (i == 0 || !mask[j * nx + i - 1]) {
                    next[ul] = ll;
                }
            }
        }
        List<LinearRing> shells = new ArrayList<>();
        List<LinearRing> holes = new ArrayList<>();
        for (int start = 0; start < next.length; start++) {
            if (next[start] < 0) {
                continue;
            }
            List<Coordinate> ring = new ArrayList<>();
            int v = start;
            int prevDir = Integer.MIN_VALUE;
            do {
                int w = next[v];
                next[v] = -1;
                int dir = w - v;
                if (dir != prevDir) {
                    ring.add(vertex(v, vx));
                    prevDir = dir;
                }
                v = w;
            } while (v != start);
            ring.add(new Coordinate(ring.get(0)));
            Coordinate[] cs = ring.toArray(Coordinate[]::new);
            LinearRing lr = gf.createLinearRing(cs);
            if (Area.ofRingSigned(cs) < 0) {
                shells.add(lr);
            } else {
                holes.add(lr);
            }
        }
        return assemble(shells, holes);
    }

    private Coordinate vertex(int v, int vx) {
        int i = v % vx;
        int j = v / vx;
        double x = originX + i * cell;
        double y = originY + j * cell;
        return new Coordinate(lon0 + x / kx, lat0 + y / M_PER_DEG);
    }

    private MultiPolygon assemble(List<LinearRing> shells, List<LinearRing> holes) {
        List<List<LinearRing>> holesOf = new ArrayList<>();
        double[] shellArea = new double[shells.size()];
        for (int s = 0; s < shells.size(); s++) {
            holesOf.add(new ArrayList<>());
            shellArea[s] = Math.abs(Area.ofRingSigned(shells.get(s).getCoordinates()));
        }
        for (LinearRing hole : holes) {
            Coordinate p = hole.getCoordinateN(0);
            int best = -1;
            for (int s = 0; s < shells.size(); s++) {
                if (shells.get(s).getEnvelopeInternal().contains(p)
                        && PointLocation.isInRing(p, shells.get(s).getCoordinates())
                        && (best < 0 || shellArea[s] < shellArea[best])) {
                    best = s;
                }
            }
            if (best >= 0) {
                holesOf.get(best).add(hole);
            }
        }
        Polygon[] polygons = new Polygon[shells.size()];
        for (int s = 0; s < shells.size(); s++) {
            polygons[s] = gf.createPolygon(shells.get(s), holesOf.get(s).toArray(LinearRing[]::new));
        }
        return gf.createMultiPolygon(polygons);
    }
}

package cn.xuchang.ems.map.index;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * A flat grid over planar points (metres), stored cell by cell in flat arrays. It answers two planar
 * questions that the analyses turn into exact geodesic answers: the candidates for the k nearest
 * points, and the points within a radius. The grid is a first filter only: callers rank the
 * candidates by exact distance.
 *
 * <p>Items are the indices {@code 0..n-1} of the coordinate arrays given to {@link #build}.
 * Immutable after construction and safe for concurrent queries.
 */
public final class PointGrid {

    /** Receives an item and its planar distance to the query point. */
    @FunctionalInterface
    public interface Visitor {
        void visit(int item, double planarDistance);
    }

    private static final int TARGET_PER_CELL = 2;

    private final double minX;
    private final double minY;
    private final double cell;
    private final int nx;
    private final int ny;
    private final int[] cellStart;
    private final double[] xs;
    private final double[] ys;
    private final int[] items;

    private PointGrid(double minX, double minY, double cell, int nx, int ny, int[] cellStart,
                      double[] xs, double[] ys, int[] items) {
        this.minX = minX;
        this.minY = minY;
        this.cell = cell;
        this.nx = nx;
        this.ny = ny;
        this.cellStart = cellStart;
        this.xs = xs;
        this.ys = ys;
        this.items = items;
    }

    /** Builds a grid over the points (x[i], y[i]); the arrays are copied. Cell size adapts to the density. */
    public static PointGrid build(double[] x, double[] y) {
        int n = x.length;
        if (y.length != n) {
            throw new IllegalArgumentException("x and y arrays differ in length: " + n + " vs " + y.length);
        }
        if (n == 0) {
            return new PointGrid(0, 0, 1, 1, 1, new int[] {0, 0}, new double[0], new double[0], new int[0]);
        }
        double x0 = Double.POSITIVE_INFINITY, y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            x0 = Math.min(x0, x[i]);
            y0 = Math.min(y0, y[i]);
            x1 = Math.max(x1, x[i]);
            y1 = Math.max(y1, y[i]);
        }
        double w = Math.max(x1 - x0, 1.0);
        double h = Math.max(y1 - y0, 1.0);
        double cellCount = Math.max(1.0, (double) n / TARGET_PER_CELL);
        double cell = Math.max(Math.sqrt(w * h / cellCount), 1.0);
        // Degenerate extents (all points on a line) would give one long row of cells: cap the count.
        while ((Math.floor(w / cell) + 1) * (Math.floor(h / cell) + 1) > 4.0 * n + 16) {
            cell *= 1.5;
        }
        int nx = (int) Math.floor(w / cell) + 1;
        int ny = (int) Math.floor(h / cell) + 1;
        int[] cellOf = new int[n];
        int[] cellStart = new int[nx * ny + 1];
        for (int i = 0; i < n; i++) {
            int cx = Math.min(nx - 1, (int) ((x[i] - x0) / cell));
            int cy = Math.min(ny - 1, (int) ((y[i] - y0) / cell));
            cellOf[i] = cy * nx + cx;
            cellStart[cellOf[i] + 1]++;
        }
        for (int c = 0; c < nx * ny; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        int[] fill = Arrays.copyOf(cellStart, nx * ny);
        double[] xs = new double[n];
        double[] ys = new double[n];
        int[] items = new int[n];
        for (int i = 0; i < n; i++) {
            int slot = fill[cellOf[i]]++;
            xs[slot] = x[i];
            ys[slot] = y[i];
            items[slot] = i;
        }
        return new PointGrid(x0, y0, cell, nx, ny, cellStart, xs, ys, items);
    }

    /** Number of points. */
    public int size() {
        return items.length;
    }

    /**
     * The items that may be among the {@code k} nearest to (qx, qy) once exact distances are used:
     * every accepted item whose planar distance is at most {@code bound.planarReach(D)}, where D is
     * the planar distance of the k-th nearest accepted item (all accepted items when fewer than k).
     * Since the exact distance s of the true k-th nearest is at most D and any item with s ≤ D has a
     * planar distance ≤ planarReach(D), the true k nearest (ties included) are always in the answer.
     *
     * @param accept filter on items, or null to accept all
     * @return candidate items, unordered
     */
    public int[] nearestCandidates(double qx, double qy, int k, IntPredicate accept, ProjectionScaleBound bound) {
        int n = items.length;
        if (n == 0 || k <= 0) {
            return new int[0];
        }
        long cx = (long) Math.floor((qx - minX) / cell);
        long cy = (long) Math.floor((qy - minY) / cell);
        double fx = qx - (minX + cx * cell);
        double fy = qy - (minY + cy * cell);
        double edge = Math.max(0, Math.min(Math.min(fx, cell - fx), Math.min(fy, cell - fy)));
        long rStart = Math.max(0, Math.max(Math.max(-cx, cx - (nx - 1)), Math.max(-cy, cy - (ny - 1))));
        long rEnd = Math.max(Math.max(cx, nx - 1 - cx), Math.max(cy, ny - 1 - cy));

        double[] heap = new double[k]; // max-heap of planar distances of the k best so far
        int heapSize = 0;
        int[] cand = new int[Math.max(8, 2 * k)];
        double[] candD = new double[cand.length];
        int candSize = 0;
        double reach = Double.POSITIVE_INFINITY;

        for (long r = rStart; r <= rEnd; r++) {
            if (r > 0 && heapSize == k && (r - 1) * cell + edge > reach) {
                break;
            }
            long j0 = Math.max(0, cy - r);
            long j1 = Math.min(ny - 1, cy + r);
            for (long j = j0; j <= j1; j++) {
                boolean fullRow = j == cy - r || j == cy + r;
                long iFrom = fullRow ? Math.max(0, cx - r) : cx - r;
                long iTo = fullRow ? Math.min(nx - 1, cx + r) : cx + r;
                long step = fullRow ? 1 : 2 * r;
                for (long i = iFrom; i <= iTo; i += step) {
                    if (i < 0 || i >= nx) {
                        continue;
                    }
                    int c = (int) (j * nx + i);
                    for (int p = cellStart[c], end = cellStart[c + 1]; p < end; p++) {
                        int item = items[p];
                        if (accept != null && !accept.test(item)) {
                            continue;
                        }
                        double dx = xs[p] - qx;
                        double dy = ys[p] - qy;
                        double d = Math.sqrt(dx * dx + dy * dy);
                        if (heapSize < k) {
                            heapSize = heapPush(heap, heapSize, d);
                            if (heapSize == k) {
                                reach = bound.planarReach(heap[0]);
                            }
                        } else if (d < heap[0]) {
                            heapReplaceTop(heap, heapSize, d);
                            reach = bound.planarReach(heap[0]);
                        }
                        if (d <= reach) {
                            if (candSize == cand.length) {
                                cand = Arrays.copyOf(cand, candSize * 2);
                                candD = Arrays.copyOf(candD, candSize * 2);
                            }
                            cand[candSize] = item;
                            candD[candSize] = d;
                            candSize++;
                        }
                    }
                }
            }
        }
        int kept = 0;
        for (int i = 0; i < candSize; i++) {
            if (candD[i] <= reach) {
                cand[kept++] = cand[i];
            }
        }
        return Arrays.copyOf(cand, kept);
    }

    /** Visits every item within {@code radius} (planar, inclusive) of (qx, qy), in no particular order. */
    public void forEachWithin(double qx, double qy, double radius, Visitor visitor) {
        if (items.length == 0 || !(radius >= 0)) {
            return;
        }
        int i0 = (int) Math.max(0, Math.floor((qx - radius - minX) / cell));
        int i1 = (int) Math.min(nx - 1, Math.floor((qx + radius - minX) / cell));
        int j0 = (int) Math.max(0, Math.floor((qy - radius - minY) / cell));
        int j1 = (int) Math.min(ny - 1, Math.floor((qy + radius - minY) / cell));
        double r2 = radius * radius;
        for (int j = j0; j <= j1; j++) {
            for (int i = i0; i <= i1; i++) {
                int c = j * nx + i;
                for (int p = cellStart[c], end = cellStart[c + 1]; p < end; p++) {
                    double dx = xs[p] - qx;
                    double dy = ys[p] - qy;
                    double d2 = dx * dx + dy * dy;
                    if (d2 <= r2) {
                        visitor.visit(items[p], Math.sqrt(d2));
                    }
                }
            }
        }
    }

    private static int heapPush(double[] heap, int size, double d) {
        int i = size;
        heap[i] = d;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heap[parent] >= heap[i]) {
                break;
            }
            double t = heap[parent];
            heap[parent] = heap[i];
            heap[i] = t;
            i = parent;
        }
        return size + 1;
    }

    private static void heapReplaceTop(double[] heap, int size, double d) {
        heap[0] = d;
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int largest = i;
            if (l < size && heap[l] > heap[largest]) {
                largest = l;
            }
            if (r < size && heap[r] > heap[largest]) {
                largest = r;
            }
            if (largest == i) {
                return;
            }
            double t = heap[largest];
            heap[largest] = heap[i];
            heap[i] = t;
            i = largest;
        }
    }
}

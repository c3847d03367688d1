package cn.xuchang.ems.map.analysis.nearest;

import cn.xuchang.ems.data.crs.Geodesy;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.map.analysis.ResultOrder;
import cn.xuchang.ems.map.index.GaussKrugerDistance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Ranks the candidates of one nearest query exactly as a scan with GeographicLib distances would, while
 * computing most distances with {@link GaussKrugerDistance}: two candidates are compared on their fast
 * distances when these differ by more than both error bounds together, which decides the exact order too;
 * otherwise both are first computed with GeographicLib. So the comparison is the exact total order
 * (geodesic distance, then id), whatever the sort does, and exact calls happen only for near-ties.
 * Bearings are computed for the top k only (with GeographicLib below a metre). One instance per query; not thread-safe.
 */
final class CandidateRanking {

    /** Below this the fast bearing is not shown accurate (and at 0 m GeographicLib's convention rules). */
    private static final double MIN_FAST_BEARING_M = 1.0;

    private final LonLat from;
    private final GaussKrugerDistance origin;
    private Resource[] resources = new Resource[16];
    private double[] distance = new double[16];
    /** Exact bearing once GeographicLib was asked, NaN while the distance is the fast one. */
    private double[] bearing = new double[16];
    private double[] easting = new double[16];
    private double[] northing = new double[16];
    private int size;

    /** A ranking from {@code from}; {@code origin} is its fast-distance origin, or null for exact distances only. */
    CandidateRanking(LonLat from, GaussKrugerDistance origin) {
        this.from = from;
        this.origin = origin;
    }

    /** Adds a candidate known in EPSG:4547 metres (its fast distance, when in range). */
    void addProjected(Resource r, double e, double n) {
        double d = origin == null ? Double.NaN : origin.distance(e, n);
        if (Double.isNaN(d)) {
            addExact(r);
        } else {
            int i = grow(r);
            distance[i] = d;
            bearing[i] = Double.NaN;
            easting[i] = e;
            northing[i] = n;
        }
    }

    /** Adds a candidate measured with GeographicLib. */
    void addExact(Resource r) {
        int i = grow(r);
        makeExact(i);
    }

    /** The up to {@code k} nearest candidates, nearest first, with bearing and ETA. */
    List<NearestResult> top(int k, StraightLineEta eta) {
        int[] best = selectSorted(Math.min(k, size));
        List<NearestResult> out = new ArrayList<>(best.length);
        for (int i : best) {
            if (Double.isNaN(bearing[i]) && distance[i] < MIN_FAST_BEARING_M) {
                makeExact(i);
            }
            double b = Double.isNaN(bearing[i]) ? origin.bearing(easting[i], northing[i]) : bearing[i];
            out.add(new NearestResult(resources[i], distance[i], b, eta.minutes(resources[i], distance[i]),
                    NearestResult.STRAIGHT_LINE));
        }
        return out;
    }

    private int grow(Resource r) {
        if (size == resources.length) {
            int n = size * 2;
            resources = Arrays.copyOf(resources, n);
            distance = Arrays.copyOf(distance, n);
            bearing = Arrays.copyOf(bearing, n);
            easting = Arrays.copyOf(easting, n);
            northing = Arrays.copyOf(northing, n);
        }
        resources[size] = r;
        return size++;
    }

    private void makeExact(int i) {
        Geodesy.DistanceBearing db = Geodesy.inverse(from, resources[i].location());
        distance[i] = db.distanceM();
        bearing[i] = db.bearingDeg();
    }

    private double errorBound(int i) {
        return Double.isNaN(bearing[i]) ? GaussKrugerDistance.RELATIVE_ERROR * distance[i]
                + GaussKrugerDistance.ABSOLUTE_ERROR_M : 0;
    }

    /** The exact order: negative when candidate i ranks before j. */
    private int compare(int i, int j) {
        if (Math.abs(distance[i] - distance[j]) <= errorBound(i) + errorBound(j)) {
            if (Double.isNaN(bearing[i])) {
                makeExact(i);
            }
            if (Double.isNaN(bearing[j])) {
                makeExact(j);
            }
        }
        return ResultOrder.compare(distance[i], resources[i].id(), distance[j], resources[j].id());
    }

    /** The k best candidates in order: a max-heap of the k best so far, then emptied from the back. */
    private int[] selectSorted(int k) {
        int[] heap = new int[k];
        int n = 0;
        for (int c = 0; c < size && k > 0; c++) {
            if (n < k) {
                heap[n] = c;
                siftUp(heap, n++);
            } else if (compare(c, heap[0]) < 0) {
                heap[0] = c;
                siftDown(heap, 0, n);
            }
        }
        for (int last = n - 1; last > 0; last--) {
            int top = heap[0];
            heap[0] = heap[last];
            heap[last] = top;
            siftDown(heap, 0, last);
        }
        return heap;
    }

    private void siftUp(int[] heap, int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (compare(heap[parent], heap[i]) >= 0) {
                return;
            }
            swap(heap, parent, i);
            i = parent;
        }
    }

    private void siftDown(int[] heap, int i, int n) {
        while (true) {
            int l = 2 * i + 1;
            int worst = i;
            if (l < n && compare(heap[l], heap[worst]) > 0) {
                worst = l;
            }
            if (l + 1 < n && compare(heap[l + 1], heap[worst]) > 0) {
                worst = l + 1;
            }
            if (worst == i) {
                return;
            }
            swap(heap, i, worst);
            i = worst;
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

package cn.xuchang.ems.map.analysis;

import cn.xuchang.ems.data.crs.GaussKruger;
import cn.xuchang.ems.data.crs.Geodesy;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.map.index.PointGrid;
import cn.xuchang.ems.map.index.ProjectionArea;
import cn.xuchang.ems.map.index.ProjectionScaleBound;
import java.util.ArrayList;
import java.util.List;

/**
 * Demand points with their EPSG:4547 coordinates in a grid, for repeated "which points are within r
 * of here" questions (coverage, camera sites, candidate sites). Points outside the
 * {@link ProjectionArea} are checked exhaustively. Immutable; safe for concurrent queries.
 */
public final class DemandSet {

    /** Receives the index (into {@link #points()}) of a point within the asked distance. */
    @FunctionalInterface
    public interface Visitor {
        void visit(int index);
    }

    private final List<DemandPoint> points;
    private final int[] griddedIndex;
    private final double[] eastings;
    private final double[] northings;
    private final PointGrid grid;
    private final int[] outside;
    private final int[] slotOf;
    private final double halfWidthM;

    private DemandSet(List<DemandPoint> points) {
        this.points = List.copyOf(points);
        List<Integer> in = new ArrayList<>();
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < this.points.size(); i++) {
            LonLat p = this.points.get(i).location();
            (ProjectionArea.contains(p.lon(), p.lat()) ? in : out).add(i);
        }
        griddedIndex = in.stream().mapToInt(Integer::intValue).toArray();
        slotOf = new int[this.points.size()];
        java.util.Arrays.fill(slotOf, -1);
        for (int g = 0; g < griddedIndex.length; g++) {
            slotOf[griddedIndex[g]] = g;
        }
        outside = out.stream().mapToInt(Integer::intValue).toArray();
        eastings = new double[griddedIndex.length];
        northings = new double[griddedIndex.length];
        double[] xy = new double[2];
        double w = 0;
        for (int g = 0; g < griddedIndex.length; g++) {
            LonLat p = this.points.get(griddedIndex[g]).location();
            GaussKruger.CM_114E.forward(p.lon(), p.lat(), xy);
            eastings[g] = xy[0];
            northings[g] = xy[1];
            w = Math.max(w, Math.abs(xy[0] - ProjectionArea.FALSE_EASTING));
        }
        halfWidthM = w;
        grid = PointGrid.build(eastings, northings);
    }

    /** Projects and grids the points. */
    public static DemandSet of(List<DemandPoint> points) {
        return new DemandSet(points);
    }

    /** The points, in the order given. */
    public List<DemandPoint> points() {
        return points;
    }

    /** Number of points. */
    public int size() {
        return points.size();
    }

    /**
     * Writes point {@code i}'s EPSG:4547 (easting, northing) into {@code out}; false (and nothing
     * written) for points outside the projection area.
     */
    public boolean projected(int i, double[] out) {
        int g = slotOf[i];
        if (g < 0) {
            return false;
        }
        out[0] = eastings[g];
        out[1] = northings[g];
        return true;
    }

    /**
     * Visits every point whose geodesic distance from {@code centre} is at most {@code radiusM}. The
     * planar grid decides all but the pairs within a few centimetres of the limit, which get an
     * exact geodesic test.
     */
    public void forEachWithin(LonLat centre, double radiusM, Visitor visitor) {
        if (ProjectionArea.contains(centre.lon(), centre.lat())) {
            double[] xy = GaussKruger.CM_114E.forward(centre);
            ProjectionScaleBound bound = ProjectionScaleBound.forHalfWidth(
                    Math.max(halfWidthM, Math.abs(xy[0] - ProjectionArea.FALSE_EASTING)));
            grid.forEachWithin(xy[0], xy[1], bound.planarReach(radiusM), (g, d) -> {
                int i = griddedIndex[g];
                if (bound.surelyWithin(d, radiusM) || geodesic(centre, i) <= radiusM) {
                    visitor.visit(i);
                }
            });
        } else {
            for (int i : griddedIndex) {
                if (geodesic(centre, i) <= radiusM) {
                    visitor.visit(i);
                }
            }
        }
        for (int i : outside) {
            if (geodesic(centre, i) <= radiusM) {
                visitor.visit(i);
            }
        }
    }

    private double geodesic(LonLat centre, int i) {
        LonLat p = points.get(i).location();
        return Geodesy.distance(centre.lon(), centre.lat(), p.lon(), p.lat());
    }
}

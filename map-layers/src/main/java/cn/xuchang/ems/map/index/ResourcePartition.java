package cn.xuchang.ems.map.index;

import cn.xuchang.ems.data.crs.GaussKruger;
import cn.xuchang.ems.data.domain.Resource;
import java.util.ArrayList;
import java.util.List;

/**
 * The resources of one kind (all of them, or only the available ones), with their EPSG:4547
 * coordinates in a {@link PointGrid}. Resources outside the {@link ProjectionArea} are kept apart in
 * {@link #outside()} for exhaustive search. Immutable and safe for concurrent queries.
 */
public final class ResourcePartition {

    private final List<Resource> gridded;
    private final double[] eastings;
    private final double[] northings;
    private final PointGrid grid;
    private final List<Resource> outside;
    private final double halfWidthM;

    private ResourcePartition(List<Resource> gridded, double[] eastings, double[] northings,
                              List<Resource> outside) {
        this.gridded = gridded;
        this.eastings = eastings;
        this.northings = northings;
        this.grid = PointGrid.build(eastings, northings);
        this.outside = outside;
        double w = 0;
        for (double e : eastings) {
            w = Math.max(w, Math.abs(e - ProjectionArea.FALSE_EASTING));
        }
        this.halfWidthM = w;
    }

    /** Projects and indexes the given resources (their {@code location}). */
    public static ResourcePartition of(List<Resource> resources) {
        List<Resource> in = new ArrayList<>(resources.size());
        List<Resource> out = new ArrayList<>();
        for (Resource r : resources) {
            (ProjectionArea.contains(r.location().lon(), r.location().lat()) ? in : out).add(r);
        }
        double[] e = new double[in.size()];
        double[] n = new double[in.size()];
        double[] xy = new double[2];
        for (int i = 0; i < in.size(); i++) {
            GaussKruger.CM_114E.forward(in.get(i).location().lon(), in.get(i).location().lat(), xy);
            e[i] = xy[0];
            n[i] = xy[1];
        }
        return new ResourcePartition(List.copyOf(in), e, n, List.copyOf(out));
    }

    /** The grid over the gridded resources; its items index {@link #resource(int)}. */
    public PointGrid grid() {
        return grid;
    }

    /** The gridded resource for a grid item. */
    public Resource resource(int item) {
        return gridded.get(item);
    }

    /** The gridded resources, in item order. */
    public List<Resource> gridded() {
        return gridded;
    }

    /** Easting (m, EPSG:4547) of a grid item. */
    public double easting(int item) {
        return eastings[item];
    }

    /** Northing (m, EPSG:4547) of a grid item. */
    public double northing(int item) {
        return northings[item];
    }

    /** Resources too far from the central meridian to be gridded; search them exhaustively. */
    public List<Resource> outside() {
        return outside;
    }

    /** Number of resources, gridded and outside. */
    public int size() {
        return gridded.size() + outside.size();
    }

    /** The planar-vs-geodesic bound for queries from a point whose easting is {@code queryEasting}. */
    public ProjectionScaleBound boundFor(double queryEasting) {
        return ProjectionScaleBound.forHalfWidth(
                Math.max(halfWidthM, Math.abs(queryEasting - ProjectionArea.FALSE_EASTING)));
    }
}

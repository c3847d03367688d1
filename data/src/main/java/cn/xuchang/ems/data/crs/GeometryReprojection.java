package cn.xuchang.ems.data.crs;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/** Re-projects JTS geometries between a {@link Crs} and CGCS2000 lon/lat. Stateless and thread-safe. */
public final class GeometryReprojection {
    private GeometryReprojection() {
    }

    /** A copy of {@code g} (coordinates in {@code from}) with CGCS2000 lon/lat coordinates. */
    public static Geometry toCgcs2000(Geometry g, Crs from) {
        if (from.equals(GeographicCrs.CGCS2000) || from.equals(GeographicCrs.WGS84)) {
            return g.copy();
        }
        return apply(g, (x, y, out) -> from.toCgcs2000(x, y, out));
    }

    /** A copy of {@code g} (CGCS2000 lon/lat) with coordinates in {@code to}. */
    public static Geometry fromCgcs2000(Geometry g, Crs to) {
        if (to.equals(GeographicCrs.CGCS2000) || to.equals(GeographicCrs.WGS84)) {
            return g.copy();
        }
        return apply(g, (x, y, out) -> to.fromCgcs2000(x, y, out));
    }

    /** A change of one position: (x, y) in, the new (x, y) into {@code out[0]}, {@code out[1]}. */
    public interface PointTransform {
        void transform(double x, double y, double[] out);
    }

    private static Geometry apply(Geometry g, PointTransform t) {
        Geometry copy = g.copy();
        transformInPlace(copy, t);
        return copy;
    }

    /** Moves every vertex of {@code g} through {@code t}, in place; the envelope follows. */
    public static void transformInPlace(Geometry g, PointTransform t) {
        double[] out = new double[2];
        g.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                t.transform(seq.getX(i), seq.getY(i), out);
                seq.setOrdinate(i, CoordinateSequence.X, out[0]);
                seq.setOrdinate(i, CoordinateSequence.Y, out[1]);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
    }
}

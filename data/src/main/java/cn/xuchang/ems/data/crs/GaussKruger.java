package cn.xuchang.ems.data.crs;

import cn.xuchang.ems.data.domain.LonLat;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.proj.Projection;

/**
 * A CGCS2000 Gauss-Krüger projection from proj4j's EPSG registry. The default, {@link #CM_114E}, is
 * EPSG:4547 (3-degree zone, central meridian 114°E, false easting 500 000 m), the metric frame for
 * everything measured in Xuchang.
 *
 * <p>Axis order: methods take and return (easting, northing) as (x, y), although EPSG:4547's official
 * axis order is northing first. Thread-safe: the proj4j {@link Projection} keeps no per-call state.
 */
public final class GaussKruger {

    /** CGCS2000 / 3-degree Gauss-Kruger CM 114E (EPSG:4547). */
    public static final GaussKruger CM_114E = fromEpsg(4547);

    private final int epsg;
    private final Projection projection;

    private GaussKruger(int epsg, Projection projection) {
        this.epsg = epsg;
        this.projection = projection;
    }

    /** Loads a projected CRS by EPSG code; fails for unknown or geographic codes. */
    public static GaussKruger fromEpsg(int epsg) {
        CoordinateReferenceSystem crs = new CRSFactory().createFromName("EPSG:" + epsg);
        Projection p = crs.getProjection();
        if (p == null || crs.isGeographic()) {
            throw new IllegalArgumentException("EPSG:" + epsg + " is not a projected coordinate system");
        }
        return new GaussKruger(epsg, p);
    }

    /** The EPSG code of this projection. */
    public int epsg() {
        return epsg;
    }

    /** Projects lon/lat degrees into {@code out} as {x = easting, y = northing} metres. */
    public void forward(double lon, double lat, double[] out) {
        ProjCoordinate dst = new ProjCoordinate();
        projection.project(new ProjCoordinate(lon, lat), dst);
        out[0] = dst.x;
        out[1] = dst.y;
    }

    /** Projects a position to {easting, northing} metres. */
    public double[] forward(LonLat p) {
        double[] out = new double[2];
        forward(p.lon(), p.lat(), out);
        return out;
    }

    /**
     * A projected copy of a lon/lat geometry (x = lon), built with {@code factory} (whose SRID the
     * copy takes); the input is not changed.
     */
    public Geometry forward(Geometry lonLat, GeometryFactory factory) {
        Geometry copy = factory.createGeometry(lonLat);
        GeometryReprojection.transformInPlace(copy, this::forward);
        copy.setSRID(factory.getSRID());
        return copy;
    }

    /** Inverse projection: easting/northing metres to {lon, lat} degrees in {@code out}. */
    public void inverse(double easting, double northing, double[] out) {
        ProjCoordinate dst = new ProjCoordinate();
        projection.inverseProject(new ProjCoordinate(easting, northing), dst);
        out[0] = dst.x;
        out[1] = dst.y;
    }

    /** Inverse projection of easting/northing metres to a position. */
    public LonLat inverse(double easting, double northing) {
        double[] out = new double[2];
        inverse(easting, northing, out);
        return new LonLat(out[0], out[1]);
    }
}

package cn.xuchang.ems.map.projection;

import cn.xuchang.ems.data.crs.GaussKruger;
import cn.xuchang.ems.data.domain.LonLat;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Projects CGCS2000 lon/lat geometries into the map's metric frame, EPSG:4547 (CGCS2000 / 3-degree
 * Gauss-Krüger CM 114E), once, when a layer is built; everything drawn or measured on screen works in
 * those metres. Thread-safe.
 */
public final class MapProjection {

    /** The projection every layer uses. */
    public static final MapProjection EPSG_4547 = new MapProjection(GaussKruger.CM_114E);

    /** EPSG code written into projected geometries' SRID. */
    public static final int SRID = 4547;

    private final GaussKruger gk;
    private final GeometryFactory factory = new GeometryFactory(new PrecisionModel(), SRID);

    private MapProjection(GaussKruger gk) {
        this.gk = gk;
    }

    /** A projected copy of a lon/lat geometry (x = lon); the input is not changed. */
    public Geometry project(Geometry lonLat) {
        return gk.forward(lonLat, factory);
    }

    /** The projected point of a lon/lat position. */
    public Point project(LonLat p) {
        double[] xy = gk.forward(p);
        return factory.createPoint(new Coordinate(xy[0], xy[1]));
    }

    /** {easting, northing} of a lon/lat position. */
    public double[] forward(double lon, double lat) {
        double[] out = new double[2];
        gk.forward(lon, lat, out);
        return out;
    }

    /** lon/lat of an EPSG:4547 position. */
    public LonLat inverse(double x, double y) {
        return gk.inverse(x, y);
    }

    /** The factory of projected geometries (SRID 4547). */
    public GeometryFactory factory() {
        return factory;
    }
}

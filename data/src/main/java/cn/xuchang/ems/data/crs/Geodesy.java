package cn.xuchang.ems.data.crs;

import cn.xuchang.ems.data.domain.LonLat;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;

/**
 * Distances and bearings on the CGCS2000 ellipsoid (GRS80: a = 6 378 137 m, f = 1/298.257222101),
 * computed with GeographicLib (Karney's algorithms, accurate to nanometres). Thread-safe.
 */
public final class Geodesy {

    /** The CGCS2000 ellipsoid. */
    public static final Geodesic CGCS2000 = new Geodesic(6378137.0, 1 / 298.257222101);

    private Geodesy() {
    }

    /** Geodesic distance in metres between two lon/lat positions. */
    public static double distance(double lon1, double lat1, double lon2, double lat2) {
        return CGCS2000.Inverse(lat1, lon1, lat2, lon2, GeodesicMask.DISTANCE).s12;
    }

    /** Geodesic distance in metres. */
    public static double distance(LonLat a, LonLat b) {
        return distance(a.lon(), a.lat(), b.lon(), b.lat());
    }

    /** Distance (m) and initial bearing (degrees clockwise from north, 0..360) from {@code a} to {@code b}. */
    public static DistanceBearing inverse(LonLat a, LonLat b) {
        GeodesicData g = CGCS2000.Inverse(a.lat(), a.lon(), b.lat(), b.lon(),
                GeodesicMask.DISTANCE | GeodesicMask.AZIMUTH);
        double bearing = ((g.azi1 % 360) + 360) % 360;
        return new DistanceBearing(g.s12, bearing);
    }

    /** The position reached from {@code start} going {@code distanceM} metres on {@code bearingDeg}. */
    public static LonLat destination(LonLat start, double bearingDeg, double distanceM) {
        GeodesicData g = CGCS2000.Direct(start.lat(), start.lon(), bearingDeg, distanceM,
                GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
        return new LonLat(g.lon2, g.lat2);
    }

    /** Distance in metres with the initial bearing in degrees. */
    public record DistanceBearing(double distanceM, double bearingDeg) {
    }
}

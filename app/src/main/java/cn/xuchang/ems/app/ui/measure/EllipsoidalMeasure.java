package cn.xuchang.ems.app.ui.measure;

import cn.xuchang.ems.data.crs.Geodesy;
import cn.xuchang.ems.data.domain.LonLat;
import java.util.List;
import net.sf.geographiclib.PolygonArea;
import net.sf.geographiclib.PolygonResult;

/**
 * Lengths and areas on the CGCS2000 ellipsoid (GeographicLib geodesics), never in degrees and not
 * in projected metres: the numbers a measuring tape on the ground would give. Stateless, thread-safe.
 */
public final class EllipsoidalMeasure {
    private EllipsoidalMeasure() {
    }

    /** Length of the line through {@code points} in metres (0 for fewer than two points). */
    public static double length(List<LonLat> points) {
        double sum = 0;
        for (int i = 1; i < points.size(); i++) {
            sum += Geodesy.distance(points.get(i - 1), points.get(i));
        }
        return sum;
    }

    /**
     * Area in square metres of the polygon with corners {@code ring} (closed implicitly, either
     * orientation); 0 for fewer than three corners.
     */
    public static double area(List<LonLat> ring) {
        if (ring.size() < 3) {
            return 0;
        }
        PolygonArea polygon = new PolygonArea(Geodesy.CGCS2000, false);
        for (LonLat p : ring) {
            polygon.AddPoint(p.lat(), p.lon());
        }
        PolygonResult r = polygon.Compute(false, true);
        return Math.abs(r.area);
    }

    /** Perimeter of the closed polygon with corners {@code ring}, metres. */
    public static double perimeter(List<LonLat> ring) {
        if (ring.size() < 2) {
            return 0;
        }
        return length(ring) + Geodesy.distance(ring.get(ring.size() - 1), ring.get(0));
    }
}

package cn.xuchang.ems.map.analysis.camera;

import cn.xuchang.ems.data.crs.Geodesy;
import cn.xuchang.ems.data.domain.Camera;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import java.util.ArrayList;
import java.util.List;

/**
 * The view of a camera as a geodesic sector: points at most {@code rangeM} from the camera whose
 * bearing from the camera lies within half the field of view of its heading. Edges count as inside;
 * the camera's own position is inside. No occlusion (buildings, terrain) is modelled.
 */
public final class CameraSector {

    /** Slack on the sector's straight edges, so that a spot placed exactly on an edge is seen despite rounding. */
    public static final double EDGE_TOLERANCE_DEG = 1e-9;
    /** Slack on the range, for the same reason. */
    public static final double RANGE_TOLERANCE_M = 1e-6;

    private CameraSector() {
    }

    /** Angle between two bearings, 0..180 degrees. */
    public static double angleBetween(double bearingA, double bearingB) {
        double d = Math.abs(bearingA - bearingB) % 360.0;
        return d > 180 ? 360 - d : d;
    }

    /** Whether a camera at {@code at} sees {@code spot}; returns the sight or null. */
    public static CameraSight sight(Resource camera, LonLat spot) {
        Camera c = camera.details(Camera.class);
        Geodesy.DistanceBearing db = Geodesy.inverse(camera.location(), spot);
        if (db.distanceM() > c.rangeM() + RANGE_TOLERANCE_M) {
            return null;
        }
        boolean inside = c.fieldOfViewDeg() >= 360 || db.distanceM() == 0
                || angleBetween(db.bearingDeg(), c.headingDeg()) <= c.fieldOfViewDeg() / 2 + EDGE_TOLERANCE_DEG;
        return inside ? new CameraSight(camera, db.distanceM(), db.bearingDeg()) : null;
    }

    /**
     * The sector's outline for drawing: the camera, then {@code arcPoints} points along the arc
     * (a full circle for a dome camera), closed back at the start. CGCS2000 lon/lat.
     */
    public static List<LonLat> outline(Resource camera, int arcPoints) {
        Camera c = camera.details(Camera.class);
        int n = Math.max(2, arcPoints);
        List<LonLat> ring = new ArrayList<>(n + 2);
        boolean dome = c.fieldOfViewDeg() >= 360;
        if (!dome) {
            ring.add(camera.location());
        }
        double start = c.headingDeg() - c.fieldOfViewDeg() / 2;
        for (int i = 0; i < n; i++) {
            double bearing = start + c.fieldOfViewDeg() * i / (n - 1);
            ring.add(Geodesy.destination(camera.location(), bearing, c.rangeM()));
        }
        ring.add(ring.get(0));
        return ring;
    }
}

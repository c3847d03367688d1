package cn.xuchang.ems.app.ui.roads;

import cn.xuchang.ems.data.domain.LonLat;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

/**
 * A road route as the map draws it: lon/lat vertices and its label numbers.
 *
 * @param name      what drives it (resource name), for the label
 * @param points    the path, resource side first
 * @param timeS     driving time (turnout excluded)
 * @param distanceM road distance
 */
public record RouteLine(String name, List<LonLat> points, double timeS, double distanceM) {
    public RouteLine {
        points = List.copyOf(points);
    }

    /** The vertices of a lon/lat line string. */
    public static List<LonLat> points(LineString line) {
        if (line == null) {
            return List.of();
        }
        Coordinate[] cs = line.getCoordinates();
        LonLat[] out = new LonLat[cs.length];
        for (int i = 0; i < cs.length; i++) {
            out[i] = new LonLat(cs[i].x, cs[i].y);
        }
        return List.of(out);
    }
}

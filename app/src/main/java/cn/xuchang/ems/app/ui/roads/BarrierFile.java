package cn.xuchang.ems.app.ui.roads;

import cn.xuchang.ems.data.crs.Geodesy;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.map.routing.BarrierGeoJson;
import cn.xuchang.ems.map.routing.Barriers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Barriers the user marks: hazard zones and closed roads read from GeoJSON (polygons and lines in
 * lon/lat), and circular zones (the query panel's zone). Stateless.
 */
public final class BarrierFile {
    private static final int CIRCLE_VERTICES = 48;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private BarrierFile() {
    }

    /**
     * Reads {@code file}: polygons become hazard zones, lines closed roads.
     *
     * @throws IllegalArgumentException naming the file and the fix when it cannot be used
     */
    public static Barriers read(Path file) {
        return BarrierGeoJson.read(file);
    }

    /** {@code a} and {@code b} together. */
    public static Barriers union(Barriers a, Barriers b) {
        List<Polygon> zones = new ArrayList<>(a.zones());
        zones.addAll(b.zones());
        List<LineString> roads = new ArrayList<>(a.closedRoads());
        roads.addAll(b.closedRoads());
        return new Barriers(zones, roads, a.closedRoadToleranceM());
    }

    /** A geodesic circle of {@code radiusM} around {@code centre} as a hazard zone. */
    public static Polygon circle(LonLat centre, double radiusM) {
        if (!(radiusM > 0)) {
            throw new IllegalArgumentException("zone radius must be > 0 m, got " + radiusM);
        }
        Coordinate[] ring = new Coordinate[CIRCLE_VERTICES + 1];
        for (int i = 0; i < CIRCLE_VERTICES; i++) {
            LonLat p = Geodesy.destination(centre, 360.0 * i / CIRCLE_VERTICES, radiusM);
            ring[i] = new Coordinate(p.lon(), p.lat());
        }
        ring[CIRCLE_VERTICES] = ring[0];
        return GEOMETRY.createPolygon(ring);
    }
}

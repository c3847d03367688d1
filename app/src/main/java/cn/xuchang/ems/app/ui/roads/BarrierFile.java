package cn.xuchang.ems.app.ui.roads;

import cn.xuchang.ems.data.crs.Geodesy;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.map.routing.Barriers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

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
        Geometry g;
        try {
            g = new GeoJsonReader(GEOMETRY).read(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read barriers file " + file + ": " + e.getMessage(), e);
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("barriers file " + file + " is not GeoJSON (" + e.getMessage()
                    + "); give polygons (hazard zones) and lines (closed roads) in lon/lat", e);
        }
        List<Polygon> zones = new ArrayList<>();
        List<LineString> roads = new ArrayList<>();
        collect(g, zones, roads);
        if (zones.isEmpty() && roads.isEmpty()) {
            throw new IllegalArgumentException("barriers file " + file
                    + " holds no polygon or line; draw hazard zones as polygons and closed roads as lines");
        }
        return new Barriers(zones, roads, Barriers.NONE.closedRoadToleranceM());
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

    private static void collect(Geometry g, List<Polygon> zones, List<LineString> roads) {
        if (g instanceof Polygon p) {
            zones.add(p);
        } else if (g instanceof LineString l) {
            roads.add(l);
        } else {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) != g) {
                    collect(g.getGeometryN(i), zones, roads);
                }
            }
        }
    }
}

package cn.xuchang.ems.map.routing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/** Reads barriers from a GeoJSON file in lon/lat: polygons are hazard zones, lines closed roads. Stateless. */
public final class BarrierGeoJson {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private BarrierGeoJson() {
    }

    /**
     * Reads {@code file} into barriers with the default closed-road tolerance.
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

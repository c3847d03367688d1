package cn.xuchang.ems.map.routing;

import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Parts of the road network made impassable for one query: hazard zones (every road segment that
 * enters the polygon is closed) and closed roads (segments lying along the drawn line, i.e. with at
 * least half their length within {@code closedRoadToleranceM} of it; roads merely crossing it stay
 * open). Geometries in lon/lat.
 *
 * @param zones               hazard zones
 * @param closedRoads         lines drawn along closed roads
 * @param closedRoadToleranceM how far a road may lie from the drawn line and still count as the same road
 */
public record Barriers(List<Polygon> zones, List<LineString> closedRoads, double closedRoadToleranceM) {

    /** No barriers. */
    public static final Barriers NONE = new Barriers(List.of(), List.of(), 20);

    public Barriers {
        zones = List.copyOf(Objects.requireNonNull(zones, "zones"));
        closedRoads = List.copyOf(Objects.requireNonNull(closedRoads, "closedRoads"));
        if (!(closedRoadToleranceM > 0)) {
            throw new IllegalArgumentException("closed road tolerance must be > 0 m, was " + closedRoadToleranceM);
        }
    }

    /** Only hazard zones. */
    public static Barriers zones(List<Polygon> zones) {
        return new Barriers(zones, List.of(), 20);
    }

    /** Only closed roads, with the default 20 m tolerance. */
    public static Barriers closedRoads(List<LineString> lines) {
        return new Barriers(List.of(), lines, 20);
    }

    public boolean isEmpty() {
        return zones.isEmpty() && closedRoads.isEmpty();
    }
}

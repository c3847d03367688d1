package cn.xuchang.ems.map.routing;

import org.locationtech.jts.geom.MultiPolygon;

/**
 * The land reachable within {@code minutes}: cumulative (the 10-minute band contains the 5-minute
 * one), lon/lat, valid, parts at least a road corridor wide.
 *
 * @param minutes   the break
 * @param area      the polygon(s)
 * @param areaKm2   its area (local metric approximation)
 * @param covered   demand points reached within the break
 * @param demand    demand points asked about
 */
public record ServiceAreaBand(int minutes, MultiPolygon area, double areaKm2, int covered, int demand) {

    /** Share of the demand points reached within the break (0 when there is no demand). */
    public double coverageShare() {
        return demand == 0 ? 0 : (double) covered / demand;
    }
}

package cn.xuchang.ems.app.ui.query;

import cn.xuchang.ems.data.domain.LonLat;

/**
 * One line of the results table.
 *
 * @param id         resource or demand point id
 * @param name       display name
 * @param kind       resource kind code, or the demand layer
 * @param location   where it is
 * @param distanceM  metres from the incident (coverage gaps: to the nearest facility)
 * @param bearingDeg bearing from the incident, degrees (NaN when not meaningful)
 * @param etaMin     straight-line ETA in minutes (NaN when not meaningful)
 * @param phone      contact phone or ""
 * @param status     status code: on_duty, off_duty, open, closed, full, online, offline, gap, or ""
 */
public record ResultRow(String id, String name, String kind, LonLat location, double distanceM, double bearingDeg,
                        double etaMin, String phone, String status) {
}

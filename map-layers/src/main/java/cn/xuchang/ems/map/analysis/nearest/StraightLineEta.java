package cn.xuchang.ems.map.analysis.nearest;

import cn.xuchang.ems.data.domain.RescueTeam;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import java.util.EnumMap;
import java.util.Map;

/**
 * A rough arrival time without a road network: straight-line distance at a per-kind effective speed,
 * plus a rescue team's turnout minutes. The default 30 km/h stands for ~40 km/h on urban roads with
 * the usual 1.3 detour factor; offices should set their own. Immutable.
 *
 * @param speedKmh effective straight-line speed per kind; kinds not listed use {@code defaultKmh}
 * @param defaultKmh speed for other kinds
 */
public record StraightLineEta(Map<ResourceKind, Double> speedKmh, double defaultKmh) {

    /** 30 km/h for every kind. */
    public static final StraightLineEta DEFAULT = new StraightLineEta(Map.of(), 30.0);

    public StraightLineEta {
        speedKmh = Map.copyOf(speedKmh.isEmpty() ? Map.of() : new EnumMap<>(speedKmh));
        if (!(defaultKmh > 0) || speedKmh.values().stream().anyMatch(v -> !(v > 0))) {
            throw new IllegalArgumentException("ETA speeds must be > 0 km/h");
        }
    }

    /** Minutes until the resource can be at a place {@code distanceM} metres away in a straight line. */
    public double minutes(Resource r, double distanceM) {
        double speed = speedKmh.getOrDefault(r.kind(), defaultKmh);
        double travel = distanceM / 1000.0 / speed * 60.0;
        return r.details() instanceof RescueTeam t ? t.turnoutMinutes() + travel : travel;
    }
}

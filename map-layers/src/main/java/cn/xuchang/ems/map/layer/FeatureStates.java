package cn.xuchang.ems.map.layer;

import cn.xuchang.ems.data.domain.Camera;
import cn.xuchang.ems.data.domain.HazardSource;
import cn.xuchang.ems.data.domain.RescueTeam;
import cn.xuchang.ems.data.domain.ResourceDetails;
import cn.xuchang.ems.data.domain.Shelter;

/**
 * The style state of a resource: the key a style file uses to give it its own symbol
 * ({@code state.offline.fill = ...}). States are what a commander must see at a glance: team on or
 * off duty, shelter open/full/closed, camera online/offline, hazard grade 1..4.
 */
public final class FeatureStates {

    private FeatureStates() {
    }

    /** The state of these details; "" for kinds without one. */
    public static String of(ResourceDetails details) {
        if (details instanceof RescueTeam t) {
            return t.onDuty() ? "on-duty" : "off-duty";
        }
        if (details instanceof Shelter s) {
            return !s.open() ? "closed" : s.full() ? "full" : "open";
        }
        if (details instanceof Camera c) {
            return c.online() ? "online" : "offline";
        }
        if (details instanceof HazardSource h) {
            return "grade" + h.grade().level();
        }
        return "";
    }
}

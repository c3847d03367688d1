package cn.xuchang.ems.map.routing;

import com.graphhopper.config.Profile;
import com.graphhopper.json.Statement;
import com.graphhopper.routing.util.TraversalMode;
import com.graphhopper.util.CustomModel;
import com.graphhopper.util.TurnCostsConfig;
import java.util.Arrays;
import java.util.Locale;

/**
 * The vehicle profiles every imported road network carries.
 *
 * <ul>
 * <li>{@link #CAR}: OSM car access and one-way rules, the car average speeds GraphHopper derives
 *     from road class and max speed tags, and OSM turn restrictions for motorcar/motor_vehicle
 *     (edge-based search, no u-turns in the middle of a road).</li>
 * <li>{@link #EMERGENCY}: the same access and one-way rules (blue lights do not make a footway or a
 *     wrong-way street passable in this model), but <b>all OSM turn restrictions are ignored</b>
 *     (node-based search): a vehicle with siren may turn where a sign forbids it. Speeds are the car
 *     speeds raised on main roads — motorway/trunk/primary ×1.25, secondary/tertiary ×1.15 — as
 *     traffic makes way; minor roads keep the car speed.</li>
 * </ul>
 * Both profiles rank by time only ({@code distance_influence 0}) so that a route is the fastest
 * one and the travel-time tree settles nodes in time order.
 */
public enum RoadProfile {
    CAR("car"),
    EMERGENCY("emergency");

    private final String code;

    RoadProfile(String code) {
        this.code = code;
    }

    /** Stable lower-case id used in the CLI, the graph folder and JSON. */
    public String code() {
        return code;
    }

    /** True if the search must follow turn restrictions (edge-based). */
    boolean turnRestrictions() {
        return this == CAR;
    }

    TraversalMode traversalMode() {
        return turnRestrictions() ? TraversalMode.EDGE_BASED : TraversalMode.NODE_BASED;
    }

    Profile toGraphHopperProfile() {
        CustomModel model = new CustomModel()
                .setDistanceInfluence(0d)
                .addToPriority(Statement.If("!car_access", Statement.Op.MULTIPLY, "0"))
                .addToSpeed(Statement.If("true", Statement.Op.LIMIT, "car_average_speed"));
        if (this == EMERGENCY) {
            model.addToSpeed(Statement.If("road_class == MOTORWAY || road_class == TRUNK || road_class == PRIMARY",
                    Statement.Op.MULTIPLY, "1.25"));
            model.addToSpeed(Statement.ElseIf("road_class == SECONDARY || road_class == TERTIARY",
                    Statement.Op.MULTIPLY, "1.15"));
        }
        Profile profile = new Profile(code).setCustomModel(model);
        if (turnRestrictions()) {
            profile.setTurnCostsConfig(TurnCostsConfig.car());
        }
        return profile;
    }

    /** The encoded values the profiles' custom models read; they must be stored at import. */
    static String encodedValues() {
        return "car_access, car_average_speed, road_class, road_class_link, road_environment, max_speed, roundabout";
    }

    /** Looks a profile up by code; fails with the list of valid codes. */
    public static RoadProfile parse(String code) {
        String wanted = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.code.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown road profile '" + code
                        + "'; use car or emergency"));
    }
}

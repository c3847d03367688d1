package cn.xuchang.ems.map.routing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.data.domain.LonLat;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real extracts carry no turn restrictions, so this uses a hand-written 3×3 grid with one
 * no_left_turn at the centre (from the southern arm into the western arm).
 */
class TurnRestrictionTest {
    private static final LonLat ON_SOUTH_ARM = new LonLat(1.50135, 42.5005);
    private static final LonLat ON_WEST_ARM = new LonLat(1.500675, 42.5010);

    @TempDir
    static Path dir;
    static RoadNetwork net;

    @BeforeAll
    static void importGrid() {
        new RoadNetworkImporter(dir, 0).importFile(AndorraFixture.osmFile("turn-restriction.osm"), ImportProgress.NONE, () -> false);
        net = RoadNetwork.open(dir).orElseThrow();
    }

    @Test
    void carDetoursAroundTheForbiddenLeftTurn() {
        RoadRoute car = new RoutePlanner(net).route(ON_SOUTH_ARM, ON_WEST_ARM, RoadProfile.CAR, Barriers.NONE, null);
        RoadRoute emergency = new RoutePlanner(net).route(ON_SOUTH_ARM, ON_WEST_ARM, RoadProfile.EMERGENCY, Barriers.NONE, null);
        assertThat(emergency.found()).isTrue();
        assertThat(car.found()).isTrue();
        // emergency: ~55 m north, turn left, ~55 m west; car: around a block (~330 m)
        assertThat(emergency.distanceM()).isLessThan(150);
        assertThat(car.distanceM()).isGreaterThan(250);
    }

    @Test
    void theNearestAnswerFollowsTheSameRules() {
        var team = AndorraFixture.team("south-arm", ON_SOUTH_ARM, 0);
        TravelTimeHit car = new TravelTimeNearest(net).find(new NearestByTimeRequest(java.util.List.of(team), ON_WEST_ARM, 1,
                RoadProfile.CAR, Barriers.NONE, false)).hits().get(0);
        TravelTimeHit emergency = new TravelTimeNearest(net).find(new NearestByTimeRequest(java.util.List.of(team), ON_WEST_ARM, 1,
                RoadProfile.EMERGENCY, Barriers.NONE, false)).hits().get(0);
        assertThat(emergency.roadM()).isLessThan(150);
        assertThat(car.roadM()).isGreaterThan(250);
    }
}

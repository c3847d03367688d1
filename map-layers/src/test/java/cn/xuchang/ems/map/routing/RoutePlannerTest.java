package cn.xuchang.ems.map.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

class RoutePlannerTest {
    static final LonLat ANDORRA_LA_VELLA = new LonLat(1.5218, 42.5063);
    static final LonLat ENCAMP = new LonLat(1.5800, 42.5350);
    private static final GeometryFactory GF = new GeometryFactory();

    @Test
    void routeTimeMatchesGraphHoppersOwnRouter() {
        RoadNetwork net = AndorraFixture.network();
        for (RoadProfile profile : RoadProfile.values()) {
            RoadRoute route = new RoutePlanner(net).route(ANDORRA_LA_VELLA, ENCAMP, profile, Barriers.NONE, null);
            GHResponse gh = net.hopper().route(new GHRequest(ANDORRA_LA_VELLA.lat(), ANDORRA_LA_VELLA.lon(),
                    ENCAMP.lat(), ENCAMP.lon()).setProfile(profile.code()));
            assertThat(route.found()).isTrue();
            assertThat(route.timeS()).isCloseTo(gh.getBest().getTime() / 1000.0, within(1.0));
            assertThat(route.distanceM()).isCloseTo(gh.getBest().getDistance(), within(5.0));
            assertThat(route.geometry().getLength()).isGreaterThan(0.03);
        }
    }

    @Test
    void emergencyProfileIsFasterOnTheMainRoad() {
        RoadNetwork net = AndorraFixture.network();
        RoadRoute car = new RoutePlanner(net).route(ANDORRA_LA_VELLA, ENCAMP, RoadProfile.CAR, Barriers.NONE, null);
        RoadRoute emergency = new RoutePlanner(net).route(ANDORRA_LA_VELLA, ENCAMP, RoadProfile.EMERGENCY, Barriers.NONE, null);
        assertThat(emergency.timeS()).isLessThan(car.timeS() * 0.95);
    }

    @Test
    void routeTimeEqualsTheNearestAnswersTravelTime() {
        RoadNetwork net = AndorraFixture.network();
        Resource team = AndorraFixture.team("encamp", ENCAMP, 3);
        TravelTimeAnswer answer = new TravelTimeNearest(net).find(
                new NearestByTimeRequest(List.of(team), ANDORRA_LA_VELLA, 1, RoadProfile.CAR, Barriers.NONE, true));
        RoadRoute route = new RoutePlanner(net).route(ENCAMP, ANDORRA_LA_VELLA, RoadProfile.CAR, Barriers.NONE, null);
        TravelTimeHit hit = answer.hits().get(0);
        assertThat(hit.travelS()).isCloseTo(route.timeS(), within(0.5));
        assertThat(hit.totalS()).isCloseTo(route.timeS() + 180, within(0.5));
        assertThat(hit.roadM()).isCloseTo(route.distanceM(), within(1.0));
        assertThat(hit.route().getCoordinateN(0).distance(route.geometry().getCoordinateN(0))).isLessThan(1e-6);
    }

    @Test
    void givesATurnListInChineseOrEnglish() {
        RoadNetwork net = AndorraFixture.network();
        RoadRoute zh = new RoutePlanner(net).route(ANDORRA_LA_VELLA, ENCAMP, RoadProfile.CAR, Barriers.NONE, Locale.SIMPLIFIED_CHINESE);
        RoadRoute en = new RoutePlanner(net).route(ANDORRA_LA_VELLA, ENCAMP, RoadProfile.CAR, Barriers.NONE, Locale.ENGLISH);
        assertThat(zh.turns()).hasSizeGreaterThan(2);
        assertThat(zh.turns().get(zh.turns().size() - 1).sign()).isEqualTo(4);
        assertThat(zh.turns()).anyMatch(t -> t.text().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(en.turns()).anyMatch(t -> t.text().toLowerCase(Locale.ROOT).contains("turn") || t.text().contains("continue"));
        assertThat(zh.turns().stream().mapToDouble(TurnInstruction::distanceM).sum()).isCloseTo(zh.distanceM(), within(5.0));
    }

    @Test
    void hazardZoneOnTheRouteForcesADetourOrNoRoute() {
        RoadNetwork net = AndorraFixture.network();
        RoadRoute direct = new RoutePlanner(net).route(ANDORRA_LA_VELLA, ENCAMP, RoadProfile.CAR, Barriers.NONE, null);
        Coordinate mid = direct.geometry().getCoordinateN(direct.geometry().getNumPoints() / 2);
        Polygon zone = (Polygon) GF.createPoint(mid).buffer(0.002);
        RoadRoute around = new RoutePlanner(net).route(ANDORRA_LA_VELLA, ENCAMP, RoadProfile.CAR, Barriers.zones(List.of(zone)), null);
        if (around.found()) {
            assertThat(around.geometry().intersects(zone)).isFalse();
            assertThat(around.timeS()).isGreaterThan(direct.timeS());
        } else {
            assertThat(around.message()).contains("around the barriers");
        }
        assertThat(direct.geometry().intersects(zone)).isTrue();
    }

    @Test
    void closedRoadChangesTheRouteButCrossingRoadsStayOpen() {
        RoadNetwork net = AndorraFixture.network();
        RoadRoute direct = new RoutePlanner(net).route(ANDORRA_LA_VELLA, ENCAMP, RoadProfile.CAR, Barriers.NONE, null);
        LineString path = direct.geometry();
        int n = path.getNumPoints();
        // the middle tenth of the route, drawn as the closed road
        Coordinate[] part = java.util.Arrays.copyOfRange(path.getCoordinates(), n / 2 - Math.max(2, n / 20), n / 2 + Math.max(2, n / 20));
        LineString closed = GF.createLineString(part);
        RoadRoute around = new RoutePlanner(net).route(ANDORRA_LA_VELLA, ENCAMP, RoadProfile.CAR, Barriers.closedRoads(List.of(closed)), null);
        if (around.found()) {
            assertThat(around.timeS()).isGreaterThan(direct.timeS());
        }
        assertThat(around).isNotEqualTo(direct);
        // closing one road must not close the whole town: a trip that only crosses the line still works
        RoadRoute local = new RoutePlanner(net).route(ANDORRA_LA_VELLA, new LonLat(1.5250, 42.5080), RoadProfile.CAR,
                Barriers.closedRoads(List.of(closed)), null);
        assertThat(local.found()).isTrue();
    }
}

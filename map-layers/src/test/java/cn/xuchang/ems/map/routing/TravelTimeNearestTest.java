package cn.xuchang.ems.map.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class TravelTimeNearestTest {

    /** Brute force: GraphHopper's own router from every team to the incident, plus turnout. */
    private static List<double[]> bruteForce(RoadNetwork net, List<Resource> teams, LonLat incident, RoadProfile profile) {
        List<double[]> totals = new ArrayList<>();
        for (int i = 0; i < teams.size(); i++) {
            Resource t = teams.get(i);
            GHRequest req = new GHRequest(t.location().lat(), t.location().lon(), incident.lat(), incident.lon())
                    .setProfile(profile.code());
            GHResponse rsp = net.hopper().route(req);
            if (rsp.hasErrors()) {
                continue;
            }
            double travel = rsp.getBest().getTime() / 1000.0;
            totals.add(new double[] {i, travel + TravelTimeNearest.turnoutMs(t) / 1000.0, travel});
        }
        totals.sort(Comparator.comparingDouble(a -> a[1]));
        return totals;
    }

    @ParameterizedTest
    @EnumSource(RoadProfile.class)
    void ordersTeamsLikeBruteForceRoutesIncludingTurnout(RoadProfile profile) {
        RoadNetwork net = AndorraFixture.network();
        List<Resource> teams = AndorraFixture.teams(net, 60, 8, 42);
        TravelTimeNearest nearest = new TravelTimeNearest(net);
        for (LonLat incident : AndorraFixture.pointsNearRoads(net, 8, 7)) {
            TravelTimeAnswer answer = nearest.find(new NearestByTimeRequest(teams, incident, 5, profile, Barriers.NONE, false));
            assertThat(answer.incidentOnNetwork()).isTrue();
            List<double[]> brute = bruteForce(net, teams, incident, profile);
            assertThat(answer.hits()).hasSize(Math.min(5, brute.size()));
            for (int rank = 0; rank < answer.hits().size(); rank++) {
                TravelTimeHit hit = answer.hits().get(rank);
                double[] expected = brute.get(rank);
                assertThat(hit.totalS()).as("total at rank %d for %s", rank + 1, incident).isCloseTo(expected[1], within(1.0));
                boolean tiedWithNeighbour = (rank > 0 && Math.abs(brute.get(rank - 1)[1] - expected[1]) < 1)
                        || (rank + 1 < brute.size() && Math.abs(brute.get(rank + 1)[1] - expected[1]) < 1);
                if (!tiedWithNeighbour) {
                    assertThat(hit.resource()).isEqualTo(teams.get((int) expected[0]));
                }
            }
        }
    }

    @Test
    void turnoutCanPutAFartherTeamFirst() {
        RoadNetwork net = AndorraFixture.network();
        List<Resource> teams = AndorraFixture.teams(net, 40, 0, 99);
        LonLat incident = AndorraFixture.pointsNearRoads(net, 1, 5).get(0);
        TravelTimeAnswer plain = new TravelTimeNearest(net).find(NearestByTimeRequest.of(teams, incident, 2));
        Resource first = plain.hits().get(0).resource();
        Resource second = plain.hits().get(1).resource();
        List<Resource> slowFirst = new ArrayList<>(teams);
        slowFirst.set(teams.indexOf(first), AndorraFixture.team(first.name(), first.location(), 60));
        TravelTimeAnswer withTurnout = new TravelTimeNearest(net).find(NearestByTimeRequest.of(slowFirst, incident, 2));
        assertThat(withTurnout.hits().get(0).resource().id()).isEqualTo(second.id());
        assertThat(withTurnout.hits()).extracting(h -> h.resource().id()).doesNotContain(first.id());
    }

    @Test
    void reportsSnapDistanceAndFlagsResourcesFarFromRoads() {
        RoadNetwork net = AndorraFixture.network();
        LonLat onRoad = AndorraFixture.pointsNearRoads(net, 1, 3).get(0);
        // Pic de Coma Pedrosa area: mountains, roads more than 500 m away
        Resource remote = AndorraFixture.team("remote", new LonLat(1.4440, 42.5900), 0);
        Resource near = AndorraFixture.team("near", onRoad, 0);
        TravelTimeAnswer answer = new TravelTimeNearest(net)
                .find(new NearestByTimeRequest(List.of(remote, near), onRoad, 2, RoadProfile.CAR, Barriers.NONE, true));
        TravelTimeHit nearHit = answer.hits().stream().filter(h -> h.resource() == near).findFirst().orElseThrow();
        assertThat(nearHit.farFromRoad()).isFalse();
        assertThat(nearHit.travelS()).isLessThan(1.0);
        Optional<TravelTimeHit> remoteHit = answer.hits().stream().filter(h -> h.resource() == remote).findFirst();
        if (remoteHit.isPresent()) {
            assertThat(remoteHit.get().snapDistanceM()).isGreaterThan(RoadNetwork.FAR_FROM_ROAD_M);
            assertThat(remoteHit.get().farFromRoad()).isTrue();
            assertThat(remoteHit.get().route().getNumPoints()).isGreaterThan(2);
        } else {
            assertThat(answer.notRouted()).extracting(UnroutedResource::resource).contains(remote);
        }
    }

    @Test
    void saysPlainlyWhenTheIncidentIsOutsideTheNetwork() {
        RoadNetwork net = AndorraFixture.network();
        List<Resource> teams = AndorraFixture.teams(net, 5, 0, 1);
        TravelTimeAnswer answer = new TravelTimeNearest(net).find(NearestByTimeRequest.of(teams, new LonLat(113.85, 34.03), 3));
        assertThat(answer.incidentOnNetwork()).isFalse();
        assertThat(answer.hits()).isEmpty();
        assertThat(answer.message()).contains("outside the road network").contains("straight-line");
    }

    @Test
    void resourcesOutsideTheNetworkAreListedNotRanked() {
        RoadNetwork net = AndorraFixture.network();
        List<Resource> teams = new ArrayList<>(AndorraFixture.teams(net, 5, 0, 2));
        Resource inXuchang = AndorraFixture.team("xuchang", new LonLat(113.85, 34.03), 0);
        teams.add(inXuchang);
        LonLat incident = AndorraFixture.pointsNearRoads(net, 1, 11).get(0);
        TravelTimeAnswer answer = new TravelTimeNearest(net).find(NearestByTimeRequest.of(teams, incident, 10));
        assertThat(answer.hits()).extracting(TravelTimeHit::resource).doesNotContain(inXuchang);
        assertThat(answer.notRouted()).anySatisfy(u -> {
            assertThat(u.resource()).isEqualTo(inXuchang);
            assertThat(u.reason()).isEqualTo(UnroutedResource.Reason.OFF_NETWORK);
        });
    }

    @Test
    void teamsSharingASpotAndATeamAtTheIncidentAreAllFound() {
        RoadNetwork net = AndorraFixture.network();
        List<LonLat> spots = AndorraFixture.pointsNearRoads(net, 2, 13);
        LonLat incident = spots.get(0);
        Resource atIncident = AndorraFixture.team("at-incident", incident, 0);
        Resource twinA = AndorraFixture.team("twin-a", spots.get(1), 1);
        Resource twinB = AndorraFixture.team("twin-b", spots.get(1), 0);
        TravelTimeAnswer answer = new TravelTimeNearest(net).find(new NearestByTimeRequest(
                List.of(twinA, atIncident, twinB), incident, 3, RoadProfile.EMERGENCY, Barriers.NONE, true));
        assertThat(answer.hits()).extracting(TravelTimeHit::resource).containsExactly(atIncident, twinB, twinA);
        assertThat(answer.hits().get(0).travelS()).isZero();
        assertThat(answer.hits().get(1).travelS()).isEqualTo(answer.hits().get(2).travelS());
        assertThat(answer.hits().get(2).totalS()).isEqualTo(answer.hits().get(1).totalS() + 60);
    }

    @Test
    void hazardZoneOnTheFastestApproachChangesTheAnswer() {
        RoadNetwork net = AndorraFixture.network();
        List<Resource> teams = AndorraFixture.teams(net, 30, 0, 31);
        LonLat incident = AndorraFixture.pointsNearRoads(net, 1, 32).get(0);
        TravelTimeAnswer open = new TravelTimeNearest(net).find(
                new NearestByTimeRequest(teams, incident, 3, RoadProfile.EMERGENCY, Barriers.NONE, true));
        TravelTimeHit first = open.hits().get(0);
        // close the road half-way along the first team's route
        var route = first.route();
        var mid = route.getCoordinateN(route.getNumPoints() / 2);
        var zone = (org.locationtech.jts.geom.Polygon) new org.locationtech.jts.geom.GeometryFactory()
                .createPoint(mid).buffer(0.0015);
        TravelTimeAnswer blocked = new TravelTimeNearest(net).find(
                new NearestByTimeRequest(teams, incident, 3, RoadProfile.EMERGENCY, Barriers.zones(List.of(zone)), true));
        assertThat(blocked.hits()).allSatisfy(h -> assertThat(h.route().intersects(zone)).isFalse());
        var sameTeam = blocked.hits().stream().filter(h -> h.resource().equals(first.resource())).findFirst();
        sameTeam.ifPresent(h -> assertThat(h.travelS()).isGreaterThan(first.travelS()));
        assertThat(blocked.hits()).isNotEqualTo(open.hits());
    }
}

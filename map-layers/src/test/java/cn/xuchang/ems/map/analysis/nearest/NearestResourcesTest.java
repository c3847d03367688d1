package cn.xuchang.ems.map.analysis.nearest;

import static cn.xuchang.ems.map.analysis.ResourceFixtures.randomMix;
import static cn.xuchang.ems.map.analysis.ResourceFixtures.randomPlace;
import static cn.xuchang.ems.map.analysis.ResourceFixtures.shelter;
import static cn.xuchang.ems.map.analysis.ResourceFixtures.team;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.xuchang.ems.data.crs.Geodesy;
import cn.xuchang.ems.data.domain.HazardGrade;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.domain.ShelterClass;
import cn.xuchang.ems.data.domain.TeamType;
import cn.xuchang.ems.map.analysis.ResourceFilter;
import cn.xuchang.ems.map.analysis.ResultOrder;
import cn.xuchang.ems.map.index.ResourceIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NearestResourcesTest {

    private static List<Resource> bruteForce(List<Resource> all, NearestQuery q) {
        record Hit(Resource r, double d) {
        }
        List<Hit> hits = new ArrayList<>();
        for (Resource r : all) {
            if (r.kind() == q.kind() && q.filter().test(r)) {
                hits.add(new Hit(r, Geodesy.distance(q.from(), r.location())));
            }
        }
        hits.sort((a, b) -> ResultOrder.compare(a.d, a.r.id(), b.d, b.r.id()));
        return hits.stream().limit(q.k()).map(Hit::r).toList();
    }

    @Test
    void findsTheSameResourcesInTheSameOrderAsABruteForceScan() {
        List<Resource> all = new ArrayList<>(randomMix(42, 6000));
        // some resources far from the central meridian, searched exhaustively
        all.addAll(randomMix(43, 60).stream().map(r -> movedFarEast(r)).toList());
        ResourceIndex index = ResourceIndex.of(all);
        NearestResources nearest = new NearestResources(index, StraightLineEta.DEFAULT);
        Random rnd = new Random(5);
        List<ResourceFilter> filters = List.of(ResourceFilter.ANY, ResourceFilter.ANY.onlyAvailable(),
                ResourceFilter.ANY.onlyAvailable().withTeamTypes(Set.of(TeamType.FIRE, TeamType.HAZMAT)),
                ResourceFilter.ANY.withShelterClasses(Set.of(ShelterClass.FIXED)).withMinFreeCapacity(800),
                ResourceFilter.ANY.withSupplyClass("2"),
                ResourceFilter.ANY.withHazardGrades(Set.of(HazardGrade.I, HazardGrade.II)));
        List<ResourceKind> kinds = List.of(ResourceKind.RESCUE_TEAM, ResourceKind.RESCUE_TEAM, ResourceKind.RESCUE_TEAM,
                ResourceKind.SHELTER, ResourceKind.SUPPLY_DEPOT, ResourceKind.HAZARD_SOURCE);
        for (int i = 0; i < 600; i++) {
            int f = rnd.nextInt(filters.size());
            LonLat from = switch (i % 10) {
                case 0 -> all.get(rnd.nextInt(all.size())).location(); // exactly on a resource
                case 1 -> new LonLat(100 + rnd.nextDouble(), 30); // far outside the projection area
                default -> randomPlace(rnd);
            };
            NearestQuery q = new NearestQuery(from, kinds.get(f), 1 + rnd.nextInt(i % 7 == 0 ? 2000 : 12), filters.get(f));
            List<NearestResult> got = nearest.find(q);
            List<Resource> expected = bruteForce(all, q);
            assertThat(got).extracting(NearestResult::resource).as("query %s", q).containsExactlyElementsOf(expected);
            for (NearestResult r : got) {
                Geodesy.DistanceBearing db = Geodesy.inverse(from, r.resource().location());
                // the tolerance: within 0.05 % of GeographicLib (bearing: within 0.01°)
                assertThat(r.distanceM()).isCloseTo(db.distanceM(), within(5e-4 * db.distanceM()));
                assertThat(bearingDifference(r.bearingDeg(), db.bearingDeg())).isLessThanOrEqualTo(0.01);
                assertThat(r.method()).isEqualTo(NearestResult.STRAIGHT_LINE);
            }
        }
    }

    @Test
    void staysExactAcrossTheGaussKrugerZoneEdgesAndTheProjectionAreaLimit() {
        // resources and incidents from 110.5°E to 117.5°E: across the 3° zone's edges (112.5, 115.5) and
        // the 3° limit (111, 117) beyond which the index falls back to an exhaustive search
        Random rnd = new Random(77);
        List<Resource> all = new ArrayList<>();
        for (Resource r : randomMix(78, 3000)) {
            double lon = 110.5 + rnd.nextDouble() * 7.0;
            double lat = 33.0 + rnd.nextDouble() * 2.0;
            all.add(cn.xuchang.ems.map.analysis.ResourceFixtures.resource(r.id(), r.name(), lon, lat, r.details()));
        }
        var nearest = new NearestResources(ResourceIndex.of(all), StraightLineEta.DEFAULT);
        for (int i = 0; i < 300; i++) {
            LonLat from = new LonLat(110.5 + rnd.nextDouble() * 7.0, 33.0 + rnd.nextDouble() * 2.0);
            NearestQuery q = new NearestQuery(from, ResourceKind.RESCUE_TEAM, 1 + rnd.nextInt(8), ResourceFilter.ANY);
            assertThat(nearest.find(q)).extracting(NearestResult::resource).as("from %s", from)
                    .containsExactlyElementsOf(bruteForce(all, q));
        }
    }

    private static double bearingDifference(double a, double b) {
        double d = Math.abs(a - b) % 360;
        return Math.min(d, 360 - d);
    }

    private static Resource movedFarEast(Resource r) {
        // move 10 degrees east: outside EPSG:4547's trusted band
        return cn.xuchang.ems.map.analysis.ResourceFixtures.resource(r.id(), r.name(), r.location().lon() + 10,
                r.location().lat(), r.details());
    }

    @Test
    void incidentExactlyOnATeamFindsItFirstAtZeroMetres() {
        Resource a = team("a", 113.85, 34.03, TeamType.FIRE, true, 3);
        Resource b = team("b", 113.86, 34.03, TeamType.FIRE, true, 3);
        var nearest = new NearestResources(ResourceIndex.of(List.of(a, b)), StraightLineEta.DEFAULT);
        List<NearestResult> got = nearest.find(new NearestQuery(new LonLat(113.85, 34.03), ResourceKind.RESCUE_TEAM, 5,
                ResourceFilter.ANY));
        assertThat(got).extracting(NearestResult::resource).containsExactly(a, b);
        assertThat(got.get(0).distanceM()).isZero();
        assertThat(got.get(0).etaMin()).isEqualTo(3.0);
    }

    @Test
    void kLargerThanTheLayerReturnsTheWholeLayerAndAnEmptyLayerReturnsNothing() {
        Resource a = team("a", 113.85, 34.03, TeamType.FIRE, true, 0);
        Resource b = team("b", 113.95, 34.03, TeamType.MEDICAL, false, 0);
        var nearest = new NearestResources(ResourceIndex.of(List.of(a, b)), StraightLineEta.DEFAULT);
        LonLat from = new LonLat(113.9, 34.0);
        assertThat(nearest.find(new NearestQuery(from, ResourceKind.RESCUE_TEAM, 50, ResourceFilter.ANY))).hasSize(2);
        assertThat(nearest.find(new NearestQuery(from, ResourceKind.RESCUE_TEAM, 50, ResourceFilter.ANY.onlyAvailable())))
                .extracting(NearestResult::resource).containsExactly(a);
        assertThat(nearest.find(new NearestQuery(from, ResourceKind.SHELTER, 5, ResourceFilter.ANY))).isEmpty();
    }

    @Test
    void equalDistancesAreOrderedById() {
        // two teams sharing one address: the same geodesic distance
        Resource east = team("east", 113.90, 34.03, TeamType.FIRE, true, 0);
        Resource west = team("west", 113.90, 34.03, TeamType.FIRE, true, 0);
        var nearest = new NearestResources(ResourceIndex.of(List.of(east, west)), StraightLineEta.DEFAULT);
        List<NearestResult> got = nearest.find(new NearestQuery(new LonLat(113.85, 34.03), ResourceKind.RESCUE_TEAM, 2,
                ResourceFilter.ANY));
        assertThat(got.get(0).distanceM()).isEqualTo(got.get(1).distanceM());
        assertThat(got.get(0).resource().id().toString()).isLessThan(got.get(1).resource().id().toString());
    }

    @Test
    void nearTiesCloserThanTheFastDistanceErrorAreRankedAsGeographicLibRanksThem() {
        // 40 teams on a 20 km geodesic circle: distances equal to within micrometres, far below the fast
        // distance's error bound, so only GeographicLib can order them
        LonLat centre = new LonLat(113.85, 34.03);
        List<Resource> ring = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            LonLat p = Geodesy.destination(centre, i * 9.0, 20_000);
            ring.add(team("t" + i, p.lon(), p.lat(), TeamType.FIRE, true, 0));
        }
        var nearest = new NearestResources(ResourceIndex.of(ring), StraightLineEta.DEFAULT);
        for (int k : new int[] {1, 5, 40}) {
            NearestQuery q = new NearestQuery(centre, ResourceKind.RESCUE_TEAM, k, ResourceFilter.ANY);
            assertThat(nearest.find(q)).extracting(NearestResult::resource).containsExactlyElementsOf(bruteForce(ring, q));
        }
    }

    @Test
    void matchingGivesEveryResourceATravelTimeSearchShouldRank() {
        List<Resource> all = randomMix(5, 600);
        var nearest = new NearestResources(ResourceIndex.of(all), StraightLineEta.DEFAULT);
        NearestQuery q = new NearestQuery(new LonLat(113.8, 34), ResourceKind.RESCUE_TEAM, 5,
                ResourceFilter.ANY.onlyAvailable().withTeamTypes(Set.of(TeamType.FIRE, TeamType.MEDICAL)));
        assertThat(nearest.matching(q)).containsExactlyInAnyOrderElementsOf(
                all.stream().filter(r -> r.kind() == ResourceKind.RESCUE_TEAM && q.filter().test(r)).toList());
    }

    @Test
    void etaAddsTurnoutToStraightLineTravel() {
        Resource a = team("a", 113.85, 34.03, TeamType.FIRE, true, 4);
        var nearest = new NearestResources(ResourceIndex.of(List.of(a)), StraightLineEta.DEFAULT);
        LonLat from = Geodesy.destination(a.location(), 45, 10_000);
        NearestResult r = nearest.find(new NearestQuery(from, ResourceKind.RESCUE_TEAM, 1, ResourceFilter.ANY)).get(0);
        assertThat(r.distanceM()).isCloseTo(10_000, within(1e-6));
        assertThat(r.etaMin()).isCloseTo(4 + 20.0, within(1e-6)); // 10 km at 30 km/h
        assertThat(r.bearingDeg()).isCloseTo(225, within(0.1));
    }

    @Test
    void filtersForAnotherKindAreRejectedWithAClearMessage() {
        assertThatThrownBy(() -> new NearestQuery(new LonLat(113.8, 34), ResourceKind.SHELTER, 5,
                ResourceFilter.ANY.withTeamTypes(Set.of(TeamType.FIRE))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("team type").hasMessageContaining("rescue_team");
        assertThatThrownBy(() -> new NearestQuery(new LonLat(113.8, 34), ResourceKind.SHELTER, 0, ResourceFilter.ANY))
                .hasMessageContaining("k must be");
    }

    @Test
    void shelterFilterKeepsOnlyClassAndFreeCapacityAsked() {
        Resource small = shelter("small", 113.85, 34.03, ShelterClass.FIXED, 100, 50, true);
        Resource big = shelter("big", 113.95, 34.03, ShelterClass.FIXED, 1000, 0, true);
        Resource central = shelter("central", 113.851, 34.03, ShelterClass.CENTRAL, 5000, 0, true);
        var nearest = new NearestResources(ResourceIndex.of(List.of(small, big, central)), StraightLineEta.DEFAULT);
        List<NearestResult> got = nearest.find(new NearestQuery(new LonLat(113.85, 34.03), ResourceKind.SHELTER, 5,
                ResourceFilter.ANY.withShelterClasses(Set.of(ShelterClass.FIXED)).withMinFreeCapacity(60)));
        assertThat(got).extracting(NearestResult::resource).containsExactly(big);
    }
}

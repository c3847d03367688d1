package cn.xuchang.ems.map.analysis.coverage;

import static cn.xuchang.ems.map.analysis.ResourceFixtures.randomPlace;
import static cn.xuchang.ems.map.analysis.ResourceFixtures.school;
import static cn.xuchang.ems.map.analysis.ResourceFixtures.shelter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.xuchang.ems.data.crs.Geodesy;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ShelterClass;
import cn.xuchang.ems.map.analysis.DemandPoint;
import cn.xuchang.ems.map.analysis.DemandSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CoverageTest {

    @Test
    void countsMatchABruteForceScanWithPerClassRadii() {
        Random rnd = new Random(9);
        List<Resource> shelters = new ArrayList<>();
        ShelterClass[] classes = ShelterClass.values();
        for (int i = 0; i < 80; i++) {
            LonLat p = randomPlace(rnd);
            shelters.add(shelter("s" + i, p.lon(), p.lat(), classes[i % 3], 500, i, true));
        }
        List<DemandPoint> demand = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            LonLat p = randomPlace(rnd);
            demand.add(DemandPoint.of(school("p" + i, p.lon(), p.lat(), i % 100)));
        }
        // points a hair inside a service circle's edge, where only the exact geodesic can decide
        Resource first = shelters.get(0);
        LonLat justInside = Geodesy.destination(first.location(), 33, 500 - 1e-4);
        demand.add(DemandPoint.of(school("edge", justInside.lon(), justInside.lat(), 7)));
        FacilityRadius radius = FacilityRadius.shelterPlanningDefaults();
        CoverageReport report = Coverage.of(shelters, radius, DemandSet.of(demand));

        int covered = 0;
        for (int i = 0; i < demand.size(); i++) {
            int m = 0;
            double nearest = Double.POSITIVE_INFINITY;
            for (Resource s : shelters) {
                double d = Geodesy.distance(s.location(), demand.get(i).location());
                nearest = Math.min(nearest, d);
                if (d <= radius.radiusM(s)) {
                    m++;
                }
            }
            assertThat(report.multiplicity(i)).as("multiplicity of %s", demand.get(i).id()).isEqualTo(m);
            if (m > 0) {
                covered++;
            }
        }
        assertThat(report.covered()).isEqualTo(covered);
        assertThat(report.total()).isEqualTo(demand.size());
        assertThat(report.share()).isEqualTo((double) covered / demand.size());
        assertThat(report.uncovered()).hasSize(demand.size() - covered);
        assertThat(report.multiplicity(demand.size() - 1)).isPositive();
        for (int i = 1; i < report.uncovered().size(); i++) {
            assertThat(report.uncovered().get(i).nearestDistanceM())
                    .isLessThanOrEqualTo(report.uncovered().get(i - 1).nearestDistanceM());
        }
        UncoveredPoint worst = report.uncovered().get(0);
        double brute = shelters.stream().mapToDouble(s -> Geodesy.distance(s.location(), worst.point().location()))
                .min().orElseThrow();
        // the tolerance: within 0.05 % of GeographicLib
        assertThat(worst.nearestDistanceM()).isCloseTo(brute, within(5e-4 * brute));
        assertThat(report.facilityCapacity()).isEqualTo(80 * 500);
    }

    @Test
    void countsStayExactAcrossTheProjectionAreaLimit() {
        // facilities and demand straddling 117°E, where gridded and exhaustively searched points meet
        Random rnd = new Random(12);
        List<Resource> shelters = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            shelters.add(shelter("edge-s" + i, 116.8 + rnd.nextDouble() * 0.4, 34 + rnd.nextDouble() * 0.3,
                    ShelterClass.FIXED, 100, 0, true));
        }
        List<DemandPoint> demand = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            demand.add(DemandPoint.of(school("edge-p" + i, 116.8 + rnd.nextDouble() * 0.4, 34 + rnd.nextDouble() * 0.3, 1)));
        }
        CoverageReport report = Coverage.of(shelters, FacilityRadius.fixed(3000), DemandSet.of(demand));
        for (int i = 0; i < demand.size(); i++) {
            LonLat p = demand.get(i).location();
            long m = shelters.stream().filter(s -> Geodesy.distance(s.location(), p) <= 3000).count();
            assertThat(report.multiplicity(i)).isEqualTo((int) m);
        }
        for (UncoveredPoint u : report.uncovered()) {
            double brute = shelters.stream().mapToDouble(s -> Geodesy.distance(s.location(), u.point().location()))
                    .min().orElseThrow();
            assertThat(u.nearestDistanceM()).isCloseTo(brute, within(5e-4 * brute));
        }
    }

    @Test
    void reportsRisingProgressAndStopsWhenCancelled() {
        Random rnd = new Random(2);
        List<Resource> shelters = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            LonLat p = randomPlace(rnd);
            shelters.add(shelter("p" + i, p.lon(), p.lat(), ShelterClass.FIXED, 10, 0, true));
        }
        List<DemandPoint> demand = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            demand.add(new DemandPoint("d" + i, "", randomPlace(rnd), 1));
        }
        DemandSet set = DemandSet.of(demand);
        List<Double> seen = new ArrayList<>();
        Coverage.of(shelters, FacilityRadius.fixed(1000), set, () -> false, seen::add);
        assertThat(seen).isSorted().last().isEqualTo(1.0);
        assertThat(seen.size()).isGreaterThan(3);
        int[] polls = {0};
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Coverage.of(shelters, FacilityRadius.fixed(1000), set,
                () -> ++polls[0] > 10, f -> { })).isInstanceOf(java.util.concurrent.CancellationException.class);
    }

    @Test
    void noFacilitiesLeaveEverythingUncoveredAndEmptyDemandHasZeroShare() {
        List<DemandPoint> demand = List.of(DemandPoint.of(school("x", 113.8, 34.0, 10)));
        CoverageReport none = Coverage.of(List.of(), FacilityRadius.fixed(1000), DemandSet.of(demand));
        assertThat(none.covered()).isZero();
        assertThat(none.uncovered()).singleElement().satisfies(u -> {
            assertThat(u.nearestFacilityId()).isEmpty();
            assertThat(u.nearestDistanceM()).isInfinite();
        });
        CoverageReport empty = Coverage.of(List.of(shelter("s", 113.8, 34, ShelterClass.FIXED, 10, 0, true)),
                FacilityRadius.fixed(1000), DemandSet.of(List.of()));
        assertThat(empty.share()).isZero();
        assertThat(empty.total()).isZero();
    }
}

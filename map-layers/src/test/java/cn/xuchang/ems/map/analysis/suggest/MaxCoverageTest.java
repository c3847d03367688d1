package cn.xuchang.ems.map.analysis.suggest;

import static cn.xuchang.ems.map.analysis.ResourceFixtures.randomPlace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xuchang.ems.data.crs.Geodesy;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.map.analysis.DemandPoint;
import cn.xuchang.ems.map.analysis.DemandSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MaxCoverageTest {

    /** Plain greedy by brute force: recount every candidate every round. */
    private static List<Integer> plainGreedy(List<CandidateSite> cands, List<DemandPoint> demand, double r, int n,
                                             boolean people) {
        Set<Integer> covered = new HashSet<>();
        List<Integer> picks = new ArrayList<>();
        for (int round = 0; round < n; round++) {
            long best = 0;
            int bestC = -1;
            for (int c = 0; c < cands.size(); c++) {
                long g = 0;
                for (int i = 0; i < demand.size(); i++) {
                    if (!covered.contains(i) && Geodesy.distance(cands.get(c).location(), demand.get(i).location()) <= r) {
                        g += people ? demand.get(i).people() : 1;
                    }
                }
                if (g > best) {
                    best = g;
                    bestC = c;
                }
            }
            if (bestC < 0) {
                break;
            }
            picks.add(bestC);
            for (int i = 0; i < demand.size(); i++) {
                if (Geodesy.distance(cands.get(bestC).location(), demand.get(i).location()) <= r) {
                    covered.add(i);
                }
            }
        }
        return picks;
    }

    @Test
    void picksEqualThePlainGreedyOnRandomData() {
        Random rnd = new Random(17);
        for (int trial = 0; trial < 6; trial++) {
            List<DemandPoint> demand = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                LonLat p = randomPlace(rnd);
                demand.add(new DemandPoint("d" + i, "", p, rnd.nextInt(50)));
            }
            List<CandidateSite> cands = new ArrayList<>();
            for (int c = 0; c < 60; c++) {
                cands.add(new CandidateSite("c" + c, "", randomPlace(rnd)));
            }
            boolean people = trial % 2 == 1;
            List<SitePick> picks = MaxCoverage.suggest(cands, 8000, DemandSet.of(demand), 5, people, () -> false);
            List<Integer> expected = plainGreedy(cands, demand, 8000, 5, people);
            assertThat(picks).extracting(p -> cands.indexOf(p.site())).containsExactlyElementsOf(expected);
            for (int i = 1; i < picks.size(); i++) {
                assertThat(picks.get(i).gain()).isLessThanOrEqualTo(picks.get(i - 1).gain());
                assertThat(picks.get(i).cumulativeGain()).isEqualTo(picks.get(i - 1).cumulativeGain() + picks.get(i).gain());
            }
        }
    }

    @Test
    void greedyReachesAtLeastOneMinusOneOverEOfTheOptimumOnSmallCases() {
        Random rnd = new Random(23);
        for (int trial = 0; trial < 5; trial++) {
            List<DemandPoint> demand = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                demand.add(new DemandPoint("d" + i, "", randomPlace(rnd), 1));
            }
            List<CandidateSite> cands = new ArrayList<>();
            for (int c = 0; c < 14; c++) {
                cands.add(new CandidateSite("c" + c, "", randomPlace(rnd)));
            }
            double r = 12_000;
            long greedy = MaxCoverage.suggest(cands, r, DemandSet.of(demand), 3, false, () -> false).stream()
                    .mapToLong(SitePick::gain).sum();
            long best = 0;
            for (int a = 0; a < cands.size(); a++) {
                for (int b = a + 1; b < cands.size(); b++) {
                    for (int c = b + 1; c < cands.size(); c++) {
                        long cov = 0;
                        for (DemandPoint d : demand) {
                            for (int s : new int[] {a, b, c}) {
                                if (Geodesy.distance(cands.get(s).location(), d.location()) <= r) {
                                    cov++;
                                    break;
                                }
                            }
                        }
                        best = Math.max(best, cov);
                    }
                }
            }
            assertThat((double) greedy).isGreaterThanOrEqualTo((1 - 1 / Math.E) * best);
        }
    }

    @Test
    void stopsWhenNothingIsLeftToGainAndRejectsBadArguments() {
        List<DemandPoint> demand = List.of(new DemandPoint("d", "", new LonLat(113.85, 34.03), 1));
        List<CandidateSite> cands = List.of(new CandidateSite("near", "", new LonLat(113.851, 34.03)),
                new CandidateSite("near2", "", new LonLat(113.852, 34.03)));
        List<SitePick> picks = MaxCoverage.suggest(cands, 1000, DemandSet.of(demand), 3, false, () -> false);
        assertThat(picks).singleElement().satisfies(p -> assertThat(p.site().id()).isEqualTo("near"));
        assertThatThrownBy(() -> MaxCoverage.suggest(cands, 1000, DemandSet.of(demand), 0, false, () -> false))
                .hasMessageContaining(">= 1");
    }

    @Test
    void gridCandidatesAreSpacedAndCapped() {
        List<CandidateSite> grid = CandidateSite.grid(113.8, 34.0, 113.9, 34.1, 2000, 10_000);
        assertThat(grid).hasSizeGreaterThan(20);
        assertThat(Geodesy.distance(grid.get(0).location(), grid.get(1).location()))
                .isCloseTo(2000, org.assertj.core.api.Assertions.within(1.0));
        assertThatThrownBy(() -> CandidateSite.grid(113.0, 33.7, 114.3, 34.5, 10, 10_000))
                .hasMessageContaining("use a spacing of at least");
    }
}

package cn.xuchang.ems.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.data.crs.Geodesy;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.RescueTeam;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.json.DomainJson;
import cn.xuchang.ems.data.workspace.Workspace;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis subcommands over the seeded sample workspace (seeded once for the class). */
class AnalysisCommandsTest {

    @TempDir
    static Path dir;

    static List<Resource> all;

    record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return DomainJson.mapper().readTree(out);
        }
    }

    @BeforeAll
    static void seed() {
        try (Workspace ws = Workspace.open(dir)) {
            all = ws.store().loadAll();
        }
    }

    private static Run run(String... args) {
        List<String> a = new ArrayList<>(List.of(args));
        a.add("--data-dir");
        a.add(dir.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = XemsCommand.run(a.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void nearestPrintsOnDutyTeamsSortedByDistanceWithTheNamedFields() throws Exception {
        Run r = run("nearest", "--lon", "113.85", "--lat", "34.03", "--kind", "rescue_team", "--k", "5",
                "--on-duty", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode arr = r.json();
        LonLat from = new LonLat(113.85, 34.03);
        List<Resource> expected = all.stream().filter(x -> x.kind() == ResourceKind.RESCUE_TEAM)
                .filter(x -> x.details(RescueTeam.class).onDuty())
                .sorted(Comparator.comparingDouble((Resource x) -> Geodesy.distance(from, x.location()))
                        .thenComparing(x -> x.id().toString()))
                .limit(5).toList();
        assertThat(arr).hasSize(expected.size());
        for (int i = 0; i < arr.size(); i++) {
            JsonNode o = arr.get(i);
            assertThat(o.fieldNames()).toIterable().contains("id", "name", "kind", "lon", "lat", "distance_m",
                    "bearing_deg", "eta_min");
            assertThat(o.get("id").asText()).isEqualTo(expected.get(i).id().toString());
            assertThat(o.get("kind").asText()).isEqualTo("rescue_team");
            assertThat(o.get("method").asText()).isEqualTo("straight_line");
            if (i > 0) {
                assertThat(o.get("distance_m").asDouble()).isGreaterThanOrEqualTo(arr.get(i - 1).get("distance_m").asDouble());
            }
        }
    }

    @Test
    void nearestFallsBackToStraightLineWithoutARoadNetworkAndRefusesBadArguments() throws Exception {
        Run time = run("nearest", "--lon", "113.85", "--lat", "34.03", "--kind", "rescue_team", "--by", "time", "--json");
        assertThat(time.code()).isZero();
        assertThat(time.err()).contains("no road network is imported", "straight-line");
        JsonNode fallback = DomainJson.mapper().readTree(time.out());
        assertThat(fallback).hasSize(5);
        assertThat(fallback.get(0).get("method").asText()).isEqualTo("straight_line");
        Run by = run("nearest", "--lon", "113.85", "--lat", "34.03", "--kind", "rescue_team", "--by", "magic");
        assertThat(by.code()).isEqualTo(2);
        assertThat(by.err()).contains("--by must be");
        Run kind = run("nearest", "--lon", "113.85", "--lat", "34.03", "--kind", "spaceship");
        assertThat(kind.code()).isEqualTo(2);
        assertThat(kind.err()).contains("unknown resource kind 'spaceship'", "rescue_team");
        Run lat = run("nearest", "--lon", "113.85", "--lat", "134.03", "--kind", "shelter");
        assertThat(lat.code()).isEqualTo(2);
        assertThat(lat.err()).contains("latitude");
        Run filter = run("nearest", "--lon", "113.85", "--lat", "34.03", "--kind", "shelter", "--team-type", "fire");
        assertThat(filter.code()).isEqualTo(2);
        assertThat(filter.err()).contains("team type", "rescue_team");
        Run type = run("nearest", "--lon", "113.85", "--lat", "34.03", "--kind", "rescue_team", "--team-type", "ninja");
        assertThat(type.code()).isEqualTo(2);
        assertThat(type.err()).contains("ninja", "hazmat");
    }

    @Test
    void nearestAcceptsTypedLocationsAndNames() throws Exception {
        Run metres = run("nearest", "--at", "3766999.2697 486147.1496", "--kind", "shelter", "--k", "1", "--json");
        Run degrees = run("nearest", "--lon", "113.85", "--lat", "34.03", "--kind", "shelter", "--k", "1", "--json");
        assertThat(metres.code()).as(metres.err()).isZero();
        assertThat(metres.json().get(0).get("id")).isEqualTo(degrees.json().get(0).get("id"));
        Resource school = all.stream().filter(x -> x.kind() == ResourceKind.SCHOOL).findFirst().orElseThrow();
        Run byName = run("nearest", "--at", school.name(), "--kind", "school", "--k", "1", "--json");
        assertThat(byName.code()).as(byName.err()).isZero();
        assertThat(byName.json().get(0).get("distance_m").asDouble()).isZero();
    }

    @Test
    void coverageReportsCoveredTotalShareAndUncoveredIds() throws Exception {
        Run r = run("coverage", "--facilities", "shelter", "--radius", "2000", "--demand", "school", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        long schools = all.stream().filter(x -> x.kind() == ResourceKind.SCHOOL).count();
        List<Resource> shelters = all.stream().filter(x -> x.kind() == ResourceKind.SHELTER).toList();
        long covered = all.stream().filter(x -> x.kind() == ResourceKind.SCHOOL)
                .filter(s -> shelters.stream().anyMatch(h -> Geodesy.distance(h.location(), s.location()) <= 2000))
                .count();
        assertThat(j.get("total").asLong()).isEqualTo(schools);
        assertThat(j.get("covered").asLong()).isEqualTo(covered);
        assertThat(j.get("share").asDouble()).isCloseTo((double) covered / schools, org.assertj.core.api.Assertions.within(1e-4));
        assertThat(j.get("uncovered")).hasSize((int) (schools - covered));
        Run bad = run("coverage", "--facilities", "shelter", "--radius", "far", "--demand", "school");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--radius");
    }

    @Test
    void camerasListsThoseWhoseSectorHoldsTheSpot() throws Exception {
        Resource cam = all.stream().filter(x -> x.kind() == ResourceKind.CAMERA)
                .filter(x -> x.details().available()).findFirst().orElseThrow();
        var c = cam.details(cn.xuchang.ems.data.domain.Camera.class);
        LonLat spot = Geodesy.destination(cam.location(), c.headingDeg(), c.rangeM() / 2);
        Run r = run("cameras", "--lon", String.valueOf(spot.lon()), "--lat", String.valueOf(spot.lat()), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> ids = new ArrayList<>();
        r.json().forEach(o -> ids.add(o.get("id").asText()));
        assertThat(ids).contains(cam.id().toString());
        Run sites = run("cameras", "--sites", "kindergarten", "--json");
        assertThat(sites.code()).as(sites.err()).isZero();
        assertThat(sites.json().get("total").asInt()).isEqualTo(
                (int) all.stream().filter(x -> x.kind() == ResourceKind.KINDERGARTEN).count());
    }

    @Test
    void withinCountsWhatIsInsideACircleAndAPolygon() throws Exception {
        Run circle = run("within", "--lon", "113.85", "--lat", "34.03", "--radius", "3000", "--json");
        assertThat(circle.code()).as(circle.err()).isZero();
        long expected = all.stream().filter(x -> Geodesy.distance(new LonLat(113.85, 34.03), x.location()) <= 3000).count();
        assertThat(circle.json().get("total").asLong()).isEqualTo(expected);
        Run polygon = run("within", "--wkt", "POLYGON ((113.80 34.00, 113.90 34.00, 113.90 34.06, 113.80 34.06, 113.80 34.00))",
                "--json");
        assertThat(polygon.code()).as(polygon.err()).isZero();
        long inBox = all.stream().filter(x -> x.location().lon() >= 113.8 && x.location().lon() <= 113.9
                && x.location().lat() >= 34.0 && x.location().lat() <= 34.06).count();
        assertThat(polygon.json().get("total").asLong()).isEqualTo(inBox);
        Run bad = run("within", "--wkt", "POLYGON ((oops))");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("cannot read --wkt");
    }

    @Test
    void withinBufferAndCameraZoneCoverageAnswer() throws Exception {
        Run buffer = run("within", "--wkt", "POINT (113.85 34.03)", "--buffer", "3000", "--json");
        Run circle = run("within", "--lon", "113.85", "--lat", "34.03", "--radius", "3000", "--json");
        assertThat(buffer.code()).as(buffer.err()).isZero();
        // a 3 km buffer of a point is the 3 km circle up to the GK scale (~1e-4) and polygon segments
        assertThat(buffer.json().get("total").asLong()).isCloseTo(circle.json().get("total").asLong(),
                org.assertj.core.api.Assertions.within(2L));
        Run zone = run("cameras", "--wkt", "POLYGON ((113.80 34.00, 113.90 34.00, 113.90 34.06, 113.80 34.06, 113.80 34.00))",
                "--spacing", "200", "--json");
        assertThat(zone.code()).as(zone.err()).isZero();
        JsonNode j = zone.json();
        assertThat(j.get("samples").asInt()).isPositive();
        assertThat(j.get("blind_points")).hasSize(j.get("samples").asInt() - j.get("seen").asInt());
        Run both = run("cameras", "--lon", "113.85", "--lat", "34.03", "--sites", "school");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("exactly one");
    }

    @Test
    void suggestGivesNPicksWithShrinkingGains() throws Exception {
        Run r = run("suggest", "--facilities", "shelter", "--radius", "2000", "--demand", "school", "--n", "3",
                "--spacing", "2000", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode picks = r.json().get("picks");
        assertThat(picks).hasSize(3);
        assertThat(picks.get(0).get("gain").asLong()).isGreaterThanOrEqualTo(picks.get(1).get("gain").asLong());
        assertThat(picks.get(2).get("share_after").asDouble()).isGreaterThan(r.json().get("share_before").asDouble());
        assertThat(r.json().get("approximation").asText()).contains("1 - 1/e");
        Run bad = run("suggest", "--facilities", "shelter", "--radius", "2000", "--demand", "school", "--n", "0");
        assertThat(bad.code()).isEqualTo(2);
    }
}

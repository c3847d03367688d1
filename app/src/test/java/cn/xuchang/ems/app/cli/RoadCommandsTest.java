package cn.xuchang.ems.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Provenance;
import cn.xuchang.ems.data.domain.RescueTeam;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.domain.TeamType;
import cn.xuchang.ems.data.json.DomainJson;
import cn.xuchang.ems.data.workspace.Workspace;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The road commands on the real Monaco extract, imported once. The sample data lies in Xuchang,
 * far from Monaco, so two rescue teams in Monaco are written into the workspace first.
 */
class RoadCommandsTest {
    private static final LonLat MONTE_CARLO = new LonLat(7.4275, 43.7394);
    private static final LonLat FONTVIEILLE = new LonLat(7.4160, 43.7280);
    private static final LonLat LARVOTTO = new LonLat(7.4350, 43.7460);

    @TempDir
    static Path dataDir;
    static JsonNode imported;
    static Resource fast;
    static Resource slow;

    record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return DomainJson.mapper().readTree(out);
        }
    }

    static Run xems(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dataDir.toString();
        int code = XemsCommand.run(all, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    static Path monaco() throws URISyntaxException {
        return Path.of(RoadCommandsTest.class.getResource("/osm/monaco.osm.pbf").toURI());
    }

    static Resource team(String name, LonLat at, int turnout) {
        return new Resource(UUID.randomUUID(), ResourceKind.RESCUE_TEAM, name, at,
                new GeometryFactory().createPoint(new Coordinate(at.lon(), at.lat())), "", false,
                Provenance.created("test", Instant.now(), "RoadCommandsTest", "EPSG:4326"),
                new RescueTeam(TeamType.FIRE, 12, List.of(), turnout, true, ""));
    }

    static Resource school(String name, LonLat at) {
        return new Resource(UUID.randomUUID(), ResourceKind.SCHOOL, name, at,
                new GeometryFactory().createPoint(new Coordinate(at.lon(), at.lat())), "", false,
                Provenance.created("test", Instant.now(), "RoadCommandsTest", "EPSG:4326"),
                new cn.xuchang.ems.data.domain.School(300, true, ""));
    }

    @BeforeAll
    static void importMonacoAndAddTeams() throws Exception {
        Run run = xems("roads", "import", monaco().toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        imported = run.json();
        fast = team("Monte-Carlo fire station", MONTE_CARLO, 2);
        slow = team("Fontvieille fire station", FONTVIEILLE, 5);
        try (Workspace ws = Workspace.open(dataDir)) {
            ws.store().saveAll(List.of(fast, slow, school("Larvotto school", LARVOTTO)));
        }
    }

    @Test
    void importsTheExtractIntoTheDataFolder() throws Exception {
        assertThat(imported.get("nodes").asInt()).isGreaterThan(100);
        assertThat(imported.get("graph_dir").asText()).isEqualTo(dataDir.resolve("roads").resolve("graph").toString());
        assertThat(imported.get("bounds").get(0).asDouble()).isBetween(7.3, 7.5);
        JsonNode info = xems("roads", "info", "--json").json();
        assertThat(info.get("present").asBoolean()).isTrue();
        assertThat(info.get("nodes").asInt()).isEqualTo(imported.get("nodes").asInt());
    }

    @Test
    void refusesABrokenFileAndKeepsTheNetwork() throws Exception {
        Path broken = dataDir.resolve("broken.osm.pbf");
        Files.write(broken, new byte[] {0, 0, 0, 13, 10, 7, 'O', 'S', 'M', 'H', 'e', 'a', 'd', 'e', 'r', 24, 1, 2, 3});
        Run run = xems("roads", "import", broken.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("broken.osm.pbf").contains("previous road network is kept");
        assertThat(xems("roads", "info", "--json").json().get("nodes").asInt()).isEqualTo(imported.get("nodes").asInt());
    }

    @Test
    void routesFromAResourceToAPoint() throws Exception {
        Run run = xems("route", "--from-id", fast.id().toString(), "--lon", "7.4350", "--lat", "43.7460",
                "--turns", "--lang", "en", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("found").asBoolean()).isTrue();
        assertThat(json.get("travel_s").asDouble()).isBetween(30.0, 900.0);
        assertThat(json.get("turnout_s").asDouble()).isEqualTo(120.0);
        assertThat(json.get("road_m").asDouble()).isGreaterThan(MONTE_CARLO_TO_LARVOTTO_STRAIGHT_M);
        assertThat(json.get("geometry").get("type").asText()).isEqualTo("LineString");
        assertThat(json.get("turns").size()).isGreaterThan(1);
        assertThat(json.get("turns").get(json.get("turns").size() - 1).get("text").asText()).contains("arrive");
    }

    /** Geodesic distance Monte-Carlo → Larvotto, about 0.98 km: the road can only be longer. */
    private static final double MONTE_CARLO_TO_LARVOTTO_STRAIGHT_M =
            cn.xuchang.ems.data.crs.Geodesy.distance(MONTE_CARLO, LARVOTTO) - 1;

    @Test
    void saysPlainlyWhenTheDestinationIsOffTheNetwork() throws Exception {
        Run run = xems("route", "--from-id", fast.id().toString(), "--lon", "113.85", "--lat", "34.03", "--json");
        assertThat(run.code()).isZero();
        assertThat(run.json().get("found").asBoolean()).isFalse();
        assertThat(run.json().get("message").asText()).contains("outside the road network");
    }

    @Test
    void nearestByTimeRanksByTurnoutPlusDrivingAndAgreesWithRoutes() throws Exception {
        Run run = xems("nearest", "--lon", "7.4350", "--lat", "43.7460", "--kind", "rescue_team", "--by", "time", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode arr = run.json();
        assertThat(arr).hasSize(2);
        for (int i = 0; i < arr.size(); i++) {
            JsonNode o = arr.get(i);
            assertThat(o.get("method").asText()).isEqualTo("travel_time");
            assertThat(o.get("eta_min").asDouble() * 60)
                    .isCloseTo(o.get("travel_s").asDouble() + o.get("turnout_s").asDouble(), within(6.0));
            assertThat(o.get("road_m").asDouble()).isGreaterThanOrEqualTo(o.get("distance_m").asDouble() - o.get("snap_m").asDouble() - 50);
            JsonNode route = xems("route", "--from-id", o.get("id").asText(), "--lon", "7.4350", "--lat", "43.7460",
                    "--json").json();
            assertThat(o.get("travel_s").asDouble()).isCloseTo(route.get("travel_s").asDouble(), within(1.0));
            if (i > 0) {
                assertThat(o.get("eta_min").asDouble()).isGreaterThanOrEqualTo(arr.get(i - 1).get("eta_min").asDouble());
            }
        }
        assertThat(arr.get(0).get("id").asText()).isEqualTo(fast.id().toString());
    }

    @Test
    void nearestByTimeSaysSoWhenNoRoadCoversTheIncident() throws Exception {
        Run run = xems("nearest", "--lon", "113.85", "--lat", "34.03", "--kind", "rescue_team", "--by", "time", "--json");
        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("straight-line answer");
        assertThat(run.json().get(0).get("method").asText()).isEqualTo("straight_line");
    }

    @Test
    void rejectsAnUnknownResource() {
        Run run = xems("route", "--from-id", UUID.randomUUID().toString(), "--lon", "7.43", "--lat", "43.74");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no resource with id");
    }

    @Test
    void writesNestedServiceAreasAndCountsTheSampleTeamsOffTheNetwork() throws Exception {
        Path out = dataDir.resolve("areas").resolve("teams.geojson");
        Run run = xems("service-area", "--kind", "rescue_team", "--minutes", "2,5", "--turnout", "--out", out.toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode summary = run.json();
        int teams = summary.get("facilities").asInt();
        assertThat(teams).isGreaterThan(2);   // the sample Xuchang teams plus ours
        assertThat(summary.get("off_network").asInt()).isEqualTo(teams - 2);
        JsonNode fc = DomainJson.mapper().readTree(out.toFile());
        assertThat(fc.get("features")).hasSize(2);
        JsonNode five = fc.get("features").get(0);
        JsonNode two = fc.get("features").get(1);
        assertThat(five.get("properties").get("minutes").asInt()).isEqualTo(5);
        assertThat(two.get("properties").get("minutes").asInt()).isEqualTo(2);
        assertThat(five.get("geometry").get("type").asText()).isEqualTo("MultiPolygon");
        assertThat(five.get("properties").get("area_km2").asDouble()).isGreaterThan(two.get("properties").get("area_km2").asDouble());
        // with turnout, the 2-minute area only holds what Monte-Carlo (2 min turnout) reaches at once
        assertThat(two.get("properties").get("area_km2").asDouble()).isLessThan(0.2);
    }

    @Test
    void countsDemandPointsCoveredByTravelTime() throws Exception {
        Run run = xems("service-area", "--kind", "rescue_team", "--minutes", "1,10", "--demand-kind", "school",
                "--out", dataDir.resolve("cover.geojson").toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode summary = run.json();
        int schools = summary.get("bands").get(0).get("demand").asInt();
        assertThat(schools).isGreaterThan(700);   // the sample schools, all in Xuchang
        assertThat(summary.get("demand_off_network").asInt()).isEqualTo(schools - 1);
        // the one school in Monaco (beside Larvotto) is covered within 10 minutes, not within 1
        assertThat(summary.get("bands").get(0).get("covered").asInt()).isZero();
        assertThat(summary.get("bands").get(1).get("covered").asInt()).isEqualTo(1);
    }

    @Test
    void failsClearlyWithoutARoadNetwork(@TempDir Path empty) {
        StringWriter err = new StringWriter();
        int code = XemsCommand.run(new String[] {"service-area", "--kind", "shelter", "--minutes", "5", "--out",
                empty.resolve("a.geojson").toString(), "--data-dir", empty.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("no road network").contains("xems roads import");
    }
}

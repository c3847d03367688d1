package cn.xuchang.ems.app.ui.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xuchang.ems.data.crs.Geodesy;
import cn.xuchang.ems.data.domain.Camera;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Provenance;
import cn.xuchang.ems.data.domain.RescueTeam;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceDetails;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.domain.School;
import cn.xuchang.ems.data.domain.Shelter;
import cn.xuchang.ems.data.domain.ShelterClass;
import cn.xuchang.ems.data.domain.TeamType;
import cn.xuchang.ems.map.analysis.ResourceFilter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class QueryEngineTest {

    static Resource resource(String name, LonLat at, ResourceDetails d) {
        return new Resource(UUID.nameUUIDFromBytes(name.getBytes()), d.kind(), name, at,
                new GeometryFactory().createPoint(new Coordinate(at.lon(), at.lat())), "411002", true,
                Provenance.created("test", Instant.EPOCH, "test", "EPSG:4490"), d);
    }

    static final LonLat INCIDENT = new LonLat(113.85, 34.03);
    static final Resource NEAR_TEAM = resource("近队", Geodesy.destination(INCIDENT, 90, 1000),
            new RescueTeam(TeamType.FIRE, 20, List.of(), 2, true, "0374-1"));
    static final Resource FAR_TEAM = resource("远队", Geodesy.destination(INCIDENT, 0, 5000),
            new RescueTeam(TeamType.FIRE, 20, List.of(), 2, true, "0374-2"));
    static final Resource OFF_TEAM = resource("休息队", Geodesy.destination(INCIDENT, 180, 500),
            new RescueTeam(TeamType.FIRE, 20, List.of(), 2, false, "0374-3"));
    static final Resource CAMERA = resource("路口摄像头", Geodesy.destination(INCIDENT, 270, 100),
            new Camera("C1", 90, 60, 300, true, ""));
    static final Resource SHELTER = resource("公园", Geodesy.destination(INCIDENT, 45, 800),
            new Shelter(ShelterClass.FIXED, 1000, 0, 2000, Set.of(), true, ""));
    static final Resource SCHOOL = resource("第一中学", Geodesy.destination(INCIDENT, 45, 3000),
            new School(1200, true, ""));
    static final QueryData DATA = QueryData.of(List.of(NEAR_TEAM, FAR_TEAM, OFF_TEAM, CAMERA, SHELTER, SCHOOL), List.of());

    @Test
    void nearestRowsCarryDistanceBearingEtaPhoneAndStatusAndDrawLines() {
        QueryOutcome o = QueryEngine.run(new QueryRequest(QueryMode.NEAREST, INCIDENT, ResourceKind.RESCUE_TEAM, 5,
                ResourceFilter.ANY.onlyAvailable(), 0, null), DATA, () -> false);
        assertThat(o.rows()).extracting(ResultRow::name).containsExactly("近队", "远队");
        ResultRow first = o.rows().get(0);
        assertThat(first.distanceM()).isCloseTo(1000, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(first.bearingDeg()).isCloseTo(90, org.assertj.core.api.Assertions.within(0.01));
        assertThat(first.etaMin()).isCloseTo(2 + 2.0, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(first.phone()).isEqualTo("0374-1");
        assertThat(first.status()).isEqualTo("on_duty");
        assertThat(o.overlay().incident()).isEqualTo(INCIDENT);
        assertThat(o.overlay().lineEnds()).containsExactly(NEAR_TEAM.location(), FAR_TEAM.location());
    }

    @Test
    void camerasSeeingTheSpotComeWithTheirSectors() {
        QueryOutcome o = QueryEngine.run(new QueryRequest(QueryMode.CAMERAS, INCIDENT, null, 5, ResourceFilter.ANY, 0,
                null), DATA, () -> false);
        assertThat(o.rows()).extracting(ResultRow::name).containsExactly("路口摄像头");
        assertThat(o.overlay().sectors()).singleElement().satisfies(ring -> assertThat(ring.get(0)).isEqualTo(CAMERA.location()));
    }

    @Test
    void coverageListsGapsAndShadesServiceCircles() {
        QueryOutcome o = QueryEngine.run(new QueryRequest(QueryMode.COVERAGE, null, ResourceKind.SHELTER, 5,
                ResourceFilter.ANY, 1000, "school"), DATA, () -> false);
        assertThat(o.total()).isEqualTo(1);
        assertThat(o.covered()).isZero();
        assertThat(o.rows()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("第一中学");
            assertThat(r.status()).isEqualTo("gap");
            assertThat(r.distanceM()).isCloseTo(2200, org.assertj.core.api.Assertions.within(1.0));
        });
        assertThat(o.overlay().circles()).singleElement().satisfies(c -> assertThat(c.radiusM()).isEqualTo(1000));
        assertThat(o.overlay().gapPoints()).containsExactly(SCHOOL.location());
    }

    @Test
    void zoneListsEverythingWithinTheRadiusNearestFirst() {
        QueryOutcome o = QueryEngine.run(new QueryRequest(QueryMode.ZONE, INCIDENT, null, 5, ResourceFilter.ANY, 1200,
                null), DATA, () -> false);
        assertThat(o.rows()).extracting(ResultRow::name).containsExactly("路口摄像头", "休息队", "公园", "近队");
    }

    @Test
    void incompleteRequestsAreRefusedWithAMessage() {
        assertThatThrownBy(() -> new QueryRequest(QueryMode.NEAREST, null, ResourceKind.SHELTER, 5, ResourceFilter.ANY,
                0, null)).hasMessageContaining("incident");
        assertThatThrownBy(() -> new QueryRequest(QueryMode.ZONE, INCIDENT, null, 5, ResourceFilter.ANY, Double.NaN,
                null)).hasMessageContaining("radius");
    }

    @Test
    void csvHasLocalisedHeadersQuotedCellsAndCoordinates() {
        QueryOutcome o = QueryEngine.run(new QueryRequest(QueryMode.NEAREST, INCIDENT, ResourceKind.RESCUE_TEAM, 1,
                ResourceFilter.ANY, 0, null), DATA, () -> false);
        String zh = ResultsCsv.of(o.rows(), QueryStrings.forLocale(Locale.SIMPLIFIED_CHINESE));
        assertThat(zh.lines().findFirst().orElseThrow()).startsWith("序号,名称,类型,距离(米)");
        assertThat(zh).contains("休息队", "不在岗", "113.850000").contains("\r\n");
        String en = ResultsCsv.of(List.of(new ResultRow("x", "a, \"b\"", "shelter", INCIDENT, 1, 2, 3, "", "open")),
                QueryStrings.forLocale(Locale.ENGLISH));
        assertThat(en.lines().skip(1).findFirst().orElseThrow()).startsWith("1,\"a, \"\"b\"\"\",shelter,1,2.0,3.0,,open,");
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        var zh = QueryStrings.forLocale(Locale.SIMPLIFIED_CHINESE);
        var en = QueryStrings.forLocale(Locale.ENGLISH);
        assertThat(en.keySet()).containsExactlyInAnyOrderElementsOf(zh.keySet());
        assertThat(zh.getString("panel.title")).isEqualTo("分析查询");
        assertThat(en.getString("panel.title")).isEqualTo("Queries");
    }
}

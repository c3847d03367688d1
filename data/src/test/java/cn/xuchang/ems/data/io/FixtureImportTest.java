package cn.xuchang.ems.data.io;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.data.crs.Geodesy;
import cn.xuchang.ems.data.domain.HazardCategory;
import cn.xuchang.ems.data.domain.HazardGrade;
import cn.xuchang.ems.data.domain.HazardSource;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.RescueTeam;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.domain.TeamType;
import cn.xuchang.ems.data.store.InMemoryResourceStore;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/** Imports the files GDAL (ogr2ogr) and POI made from our sample data: see make-fixtures.sh. */
class FixtureImportTest {
    private final InMemoryResourceStore store = new InMemoryResourceStore();

    private ImportReport run(ImportRequest req) throws Exception {
        return new ResourceImport(store, Optional.empty(), Clock.systemUTC()).run(req, ImportProgress.NONE);
    }

    private Resource stored(String name) {
        return store.loadAll().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"shp/utf8/teams.shp", "shp/gbk/teams.shp", "shp/gbk_nocpg/teams.shp", "shp/gk4547/teams.shp",
            "gpkg/teams_only.gpkg", "kml/teams.kml", "xlsx/teams.xlsx"})
    void importsTheFiveTeamsWithChineseAttributes(String fixture) throws Exception {
        ImportRequest req = ImportRequest.of(Fixtures.path(fixture), ResourceKind.RESCUE_TEAM, "clerk");
        if (fixture.endsWith(".xlsx")) {
            req = req.withRead(new ReadOptions(Optional.empty(), Optional.of("救援队伍")));
        }
        ImportReport report = run(req);

        assertThat(report.errors()).as(fixture).isEmpty();
        assertThat(report.stored()).as(fixture).isEqualTo(5);
        Resource r = stored("鄢陵县防汛抢险队");
        RescueTeam team = r.details(RescueTeam.class);
        assertThat(team.type()).isEqualTo(TeamType.FLOOD_CONTROL);
        assertThat(team.headcount()).isEqualTo(60);
        assertThat(team.phone()).isEqualTo("0374-5234567");
        assertThat(stored("禹州市消防救援大队").details(RescueTeam.class).onDuty()).isFalse();
        assertThat(Geodesy.distance(stored("魏都区消防救援大队").location(), new LonLat(113.8267, 34.0262)))
                .as(fixture).isLessThan(0.01);
        if (!fixture.endsWith(".xlsx")) {
            assertThat(team.equipment()).as(fixture).containsExactly("冲锋舟", "抽水泵");
        }
    }

    @Test
    void tellsWhereTheEncodingAndCrsCameFrom() throws Exception {
        assertThat(run(ImportRequest.of(Fixtures.path("shp/gbk/teams.shp"), ResourceKind.RESCUE_TEAM, "c")).notes())
                .contains("encoding from .cpg: CP936").anyMatch(n -> n.contains("EPSG:4490 (declared by the file)"));
        store.deleteAll(store.loadAll().stream().map(Resource::id).toList());
        ImportReport noCpg = run(ImportRequest.of(Fixtures.path("shp/gbk_nocpg/teams.shp"), ResourceKind.RESCUE_TEAM, "c"));
        assertThat(noCpg.notes()).contains("no .cpg: encoding detected as GBK/GB18030")
                .anyMatch(n -> n.contains("no .prj")).anyMatch(n -> n.startsWith("coordinate system: EPSG:4490 (values are degrees"));
        store.deleteAll(store.loadAll().stream().map(Resource::id).toList());
        assertThat(run(ImportRequest.of(Fixtures.path("shp/gk4547/teams.shp"), ResourceKind.RESCUE_TEAM, "c")).sourceCrs())
                .isEqualTo("EPSG:4547");
        assertThat(stored("魏都区消防救援大队").provenance().sourceCrs()).isEqualTo("EPSG:4547");
    }

    @Test
    void readsPolygonsWithHolesAndMultipolygonsFromAShapefile() throws Exception {
        ImportReport report = run(ImportRequest.of(Fixtures.path("shp/areas/hazard_areas.shp"), ResourceKind.HAZARD_SOURCE, "c"));
        assertThat(report.errors()).isEmpty();
        Resource park = stored("长葛市化工园区");
        assertThat(park.geometry()).isInstanceOf(Polygon.class);
        assertThat(((Polygon) park.geometry()).getNumInteriorRing()).isEqualTo(1);
        assertThat(park.geometry().getArea()).isCloseTo(0.02 * 0.02 - 0.005 * 0.005, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(park.details(HazardSource.class).grade()).isEqualTo(HazardGrade.II);
        assertThat(park.details(HazardSource.class).category()).isEqualTo(HazardCategory.HAZARDOUS_CHEMICALS);
        assertThat(park.details(HazardSource.class).responsiblePerson()).isEqualTo("张三");
        assertThat(stored("禹州市神垕镇烟花爆竹仓库区").geometry()).isInstanceOf(MultiPolygon.class);
    }

    @Test
    void asksWhichTableOfAGeoPackageWithSeveral() throws Exception {
        ImportReport report = run(ImportRequest.of(Fixtures.path("gpkg/teams.gpkg"), ResourceKind.RESCUE_TEAM, "c"));
        assertThat(report.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .contains("holds several feature tables (").contains("choose one with --sheet NAME"));
        ImportReport chosen = run(ImportRequest.of(Fixtures.path("gpkg/teams.gpkg"), ResourceKind.HAZARD_SOURCE, "c")
                .withRead(new ReadOptions(Optional.empty(), Optional.of("hazard_areas"))));
        assertThat(chosen.errors()).isEmpty();
        assertThat(chosen.stored()).isEqualTo(2);
    }

    @Test
    void findsTheHeaderBelowATitleRowInASheet() throws Exception {
        ImportReport report = run(ImportRequest.of(Fixtures.path("xlsx/teams.xlsx"), ResourceKind.RESCUE_TEAM, "c")
                .withRead(new ReadOptions(Optional.empty(), Optional.of("救援队伍"))));
        assertThat(report.notes()).contains("sheet: 救援队伍, header in row 3");
        assertThat(report.errors()).isEmpty();
        assertThat(report.errors()).isEmpty();
        ImportReport wrongSheet = run(ImportRequest.of(Fixtures.path("xlsx/teams.xlsx"), ResourceKind.RESCUE_TEAM, "c")
                .withRead(new ReadOptions(Optional.empty(), Optional.of("队伍"))));
        assertThat(wrongSheet.errors()).singleElement().satisfies(e ->
                assertThat(e.message()).contains("has no sheet '队伍'; its sheets are 说明, 救援队伍"));
    }
}

package cn.xuchang.ems.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import cn.xuchang.ems.data.crs.CrsRegistry;
import cn.xuchang.ems.data.crs.Geodesy;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.RescueTeam;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.domain.School;
import cn.xuchang.ems.data.domain.TeamType;
import cn.xuchang.ems.data.io.mapping.MappingMemory;
import cn.xuchang.ems.data.io.validation.ImportIssue;
import cn.xuchang.ems.data.store.ImportBatch;
import cn.xuchang.ems.data.store.InMemoryResourceStore;
import cn.xuchang.ems.data.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourceImportTest {
    private static final LonLat WEIDU_FIRE = new LonLat(113.8267, 34.0262);

    @TempDir
    Path dir;

    private final InMemoryResourceStore store = new InMemoryResourceStore();
    private final ResourceImport importer = new ResourceImport(store, Optional.empty(),
            Clock.fixed(TestResources.T0, ZoneOffset.UTC));

    private ImportReport run(ImportRequest req) throws Exception {
        return importer.run(req, ImportProgress.NONE);
    }

    private static ImportRequest teams(String fixture) {
        return ImportRequest.of(Fixtures.path(fixture), ResourceKind.RESCUE_TEAM, "clerk");
    }

    private Resource stored(String name) {
        return store.loadAll().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void importsChineseHeadedCsvWithGuessedMappingAndTypedAttributes() throws Exception {
        ImportReport report = run(teams("csv/teams_zh_utf8.csv"));

        assertThat(report.errors()).isEmpty();
        assertThat(report.succeeded()).isTrue();
        assertThat(report.stored()).isEqualTo(5);
        assertThat(report.mapping()).contains("名称=name", "经度=lon", "纬度=lat", "类型=type", "人数=headcount",
                "联系电话=phone", "主要装备=equipment", "出动时间=turnout_minutes", "是否在岗=on_duty");
        Resource r = stored("鄢陵县防汛抢险队");
        RescueTeam team = r.details(RescueTeam.class);
        assertThat(team.type()).isEqualTo(TeamType.FLOOD_CONTROL);
        assertThat(team.headcount()).isEqualTo(60);
        assertThat(team.equipment()).containsExactly("冲锋舟", "抽水泵");
        assertThat(team.turnoutMinutes()).isEqualTo(10);
        assertThat(stored("禹州市消防救援大队").details(RescueTeam.class).onDuty()).isFalse();
        assertThat(r.location().lon()).isEqualTo(114.188);
        assertThat(r.provenance().source()).isEqualTo("teams_zh_utf8.csv");
        assertThat(r.provenance().sourceCrs()).isEqualTo("EPSG:4490");
        assertThat(r.provenance().createdBy()).isEqualTo("clerk");
        assertThat(r.sample()).isFalse();
    }

    @Test
    void detectsGbkAndUtf8BomAndReadsTheSameNames() throws Exception {
        for (String f : List.of("csv/teams_zh_gbk.csv", "csv/teams_zh_utf8_bom.csv")) {
            InMemoryResourceStore s = new InMemoryResourceStore();
            ImportReport report = new ResourceImport(s, Optional.empty(), Clock.systemUTC())
                    .run(teams(f), ImportProgress.NONE);
            assertThat(report.stored()).as(f).isEqualTo(5);
            assertThat(s.loadAll()).extracting(Resource::name).as(f).contains("魏都区消防救援大队", "鄢陵县防汛抢险队");
        }
        assertThat(run(teams("csv/teams_zh_gbk.csv")).notes()).anyMatch(n -> n.contains("GBK"));
    }

    @Test
    void readsNorthingFirstGaussKrugerAsTheSurveyTableGivesIt() throws Exception {
        ImportReport report = run(teams("csv/teams_gk4547_northing_first.csv"));

        assertThat(report.errors()).isEmpty();
        assertThat(report.sourceCrs()).isEqualTo("EPSG:4547");
        assertThat(report.notes()).anyMatch(n -> n.contains("northing is given first"));
        // positions from PROJ cs2cs EPSG:4490 -> EPSG:4547; back within a centimetre
        assertThat(Geodesy.distance(stored("魏都区消防救援大队").location(), WEIDU_FIRE)).isLessThan(0.01);
        assertThat(stored("魏都区消防救援大队").provenance().sourceCrs()).isEqualTo("EPSG:4547");
    }

    @Test
    void readsTheZoneFromAPrefixedEasting() throws Exception {
        ImportReport report = run(teams("csv/teams_gk_zone38.csv"));
        assertThat(report.errors()).isEmpty();
        assertThat(report.sourceCrs()).isEqualTo("EPSG:4526");
        assertThat(Geodesy.distance(stored("魏都区消防救援大队").location(), WEIDU_FIRE)).isLessThan(0.01);
    }

    @Test
    void detectsWebMercator() throws Exception {
        ImportReport report = run(teams("csv/teams_webmercator.csv"));
        assertThat(report.sourceCrs()).isEqualTo("EPSG:3857");
        assertThat(Geodesy.distance(stored("魏都区消防救援大队").location(), WEIDU_FIRE)).isLessThan(0.01);
    }

    @Test
    void refusesTheWholeFileForBadRowsNamingRowFieldAndFix() throws Exception {
        ImportReport report = run(teams("broken/teams_bad_rows.csv"));

        assertThat(report.succeeded()).isFalse();
        assertThat(report.stored()).isZero();
        assertThat(store.count()).isZero();
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.rejected()).isEqualTo(5);
        assertThat(report.errors()).anySatisfy(e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.field()).isEqualTo("name");
            assertThat(e.message()).contains("empty");
        });
        assertThat(report.errors()).anySatisfy(e -> {
            assertThat(e.row()).isEqualTo(4);
            assertThat(e.field()).isEqualTo("人数 → headcount");
            assertThat(e.message()).contains("'四十' is not a whole number");
            assertThat(e.fix()).contains("45");
        });
        assertThat(report.errors()).anySatisfy(e -> {
            assertThat(e.row()).isEqualTo(5);
            assertThat(e.message()).contains("column '经度' is empty");
        });
        assertThat(report.errors()).anySatisfy(e -> {
            assertThat(e.row()).isEqualTo(6);
            assertThat(e.field()).isEqualTo("类型 → type");
            assertThat(e.message()).contains("'潜水' is not one of").contains("FIRE (消防");
        });
        assertThat(report.errors()).anySatisfy(e -> {
            assertThat(e.row()).isEqualTo(7);
            assertThat(e.message()).contains("7 cells but the header has 6");
        });
        assertThat(report.errors().get(0).describe()).startsWith("teams_bad_rows.csv row ");
    }

    @Test
    void storesTheValidRowsWithSkipInvalid() throws Exception {
        ImportReport report = run(teams("broken/teams_bad_rows.csv").withSkipInvalid(true));
        assertThat(report.succeeded()).isTrue();
        assertThat(report.stored()).isEqualTo(1);
        assertThat(report.rejected()).isEqualTo(5);
        assertThat(store.loadAll()).extracting(Resource::name).containsExactly("魏都区消防救援大队");
    }

    @Test
    void refusesSwappedLonLatWithTheFix() throws Exception {
        ImportReport report = run(teams("broken/teams_swapped.csv"));
        assertThat(store.count()).isZero();
        assertThat(report.errors()).hasSize(3).allSatisfy(e -> {
            assertThat(e.message()).contains("look swapped");
            assertThat(e.fix()).contains("--map 经度=lat,纬度=lon");
        });
        ImportReport fixed = run(teams("broken/teams_swapped.csv").withMap("经度=lat,纬度=lon"));
        assertThat(fixed.stored()).isEqualTo(3);
        assertThat(Geodesy.distance(stored("魏都区消防救援大队").location(), WEIDU_FIRE)).isLessThan(0.01);
    }

    @Test
    void refusesGcj02DataDeclaredAsWgs84AndConvertsItWhenDeclaredGcj02() throws Exception {
        List<Resource> known = List.of(
                TestResources.at("许昌市第一中学", 113.82, 34.03, "411002", new School(2000, true, "")),
                TestResources.at("许昌市第二中学", 113.84, 34.015, "411002", new School(1700, true, "")),
                TestResources.at("建安区实验小学", 113.86, 34.09, "411023", new School(800, true, "")));
        store.saveAll(known);
        ImportRequest req = ImportRequest.of(Fixtures.path("broken/schools_gcj02_as_wgs84.geojson"), ResourceKind.SCHOOL, "clerk");

        ImportReport report = run(req);
        assertThat(report.stored()).isZero();
        assertThat(store.loadAll()).containsExactlyInAnyOrderElementsOf(known);
        ImportIssue issue = report.errors().get(0);
        assertThat(issue.row()).isZero();
        assertThat(issue.message()).contains("look like GCJ-02").contains("3 of 3");
        assertThat(issue.fix()).contains("--crs gcj02");

        ImportReport converted = run(req.withCrs(CrsRegistry.parse("gcj02")));
        assertThat(converted.errors()).isEmpty();
        assertThat(converted.stored()).isEqualTo(5);
        Resource school = store.loadAll().stream().filter(r -> r.name().equals("禹州市第一高级中学")).findFirst().orElseThrow();
        assertThat(Geodesy.distance(school.location(), new LonLat(113.47, 34.15))).isLessThan(0.5);
        assertThat(school.provenance().sourceCrs()).isEqualTo("GCJ-02");
        assertThat(school.details(School.class).pupils()).isEqualTo(3000);
    }

    @Test
    void reportsGeoJsonThatIsNotJsonWithLineAndColumn() throws Exception {
        ImportReport report = run(ImportRequest.of(Fixtures.path("broken/schools_truncated.geojson"), ResourceKind.SCHOOL, "c"));
        assertThat(report.stored()).isZero();
        assertThat(store.count()).isZero();
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isZero();
            assertThat(e.message()).contains("is not valid JSON (line 1, column");
        });
    }

    @Test
    void dryRunValidatesButStoresNothing() throws Exception {
        ImportReport report = run(teams("csv/teams_zh_utf8.csv").withDryRun(true));
        assertThat(report.succeeded()).isTrue();
        assertThat(report.accepted()).isEqualTo(5);
        assertThat(report.stored()).isZero();
        assertThat(report.importId()).isNull();
        assertThat(store.count()).isZero();
    }

    @Test
    void recordsTheImportAndUndoesItAsAWhole() throws Exception {
        store.saveAll(List.of(TestResources.camera()));
        ImportReport report = run(teams("csv/teams_zh_utf8.csv"));
        UUID id = UUID.fromString(report.importId());
        ImportBatch batch = store.findImport(id).orElseThrow();
        assertThat(batch.accepted()).isEqualTo(5);
        assertThat(batch.createdBy()).isEqualTo("clerk");
        assertThat(batch.sourceFile()).endsWith("teams_zh_utf8.csv");
        assertThat(batch.sourceCrs()).isEqualTo("EPSG:4490");
        assertThat(store.count()).isEqualTo(6);

        assertThat(importer.undo(id)).isEqualTo(5);
        assertThat(store.loadAll()).containsExactly(TestResources.camera());
        assertThat(store.findImport(id).orElseThrow().undone()).isTrue();
        assertThatThrownBy(() -> importer.undo(id)).isInstanceOf(StoreException.class).hasMessageContaining("already undone");
    }

    @Test
    void cancellingMidwayLeavesTheStoreUnchanged() throws Exception {
        ImportProgress cancelDuringStore = new ImportProgress() {
            boolean storing;

            @Override
            public void update(String phase, long done, long total) {
                storing = phase.equals("store");
            }

            @Override
            public boolean cancelled() {
                return storing;
            }
        };
        Path big = dir.resolve("many.csv");
        StringBuilder sb = new StringBuilder("name,lon,lat,type\n");
        for (int i = 0; i < 3000; i++) {
            sb.append("队").append(i).append(',').append(113.5 + i * 1e-4).append(",34.0,FIRE\n");
        }
        Files.writeString(big, sb, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> importer.run(ImportRequest.of(big, ResourceKind.RESCUE_TEAM, "c"), cancelDuringStore))
                .isInstanceOf(ImportCancelledException.class);
        assertThat(store.count()).isZero();
        assertThat(store.listImports()).isEmpty();
    }

    @Test
    void exportedGeoJsonImportsBackWithIdenticalAttributes() throws Exception {
        for (Resource original : TestResources.oneOfEach()) {
            Path file = dir.resolve(original.kind().code() + ".geojson");
            ResourceExport.export(List.of(original), original.kind(), ExportFormat.GEOJSON, file, ExportOptions.defaults());
            InMemoryResourceStore target = new InMemoryResourceStore();
            ImportReport report = new ResourceImport(target, Optional.empty(), Clock.systemUTC())
                    .run(ImportRequest.of(file, original.kind(), "c"), ImportProgress.NONE);
            assertThat(report.errors()).as(original.kind().code()).isEmpty();
            Resource back = target.loadAll().get(0);
            assertThat(back.id()).isEqualTo(original.id());
            assertThat(back.details()).as(original.kind().code()).isEqualTo(original.details());
            assertThat(back.name()).isEqualTo(original.name());
            assertThat(back.countyCode()).isEqualTo(original.countyCode());
            assertThat(back.geometry().equalsExact(original.geometry(), 1e-9)).isTrue();
        }
    }

    @Test
    void exportedCsvImportsBackWithIdenticalAttributes() throws Exception {
        for (Resource original : TestResources.oneOfEach()) {
            Path file = dir.resolve(original.kind().code() + ".csv");
            ResourceExport.export(List.of(original), original.kind(), ExportFormat.CSV, file, ExportOptions.defaults());
            InMemoryResourceStore target = new InMemoryResourceStore();
            ImportReport report = new ResourceImport(target, Optional.empty(), Clock.systemUTC())
                    .run(ImportRequest.of(file, original.kind(), "c"), ImportProgress.NONE);
            assertThat(report.errors()).as(original.kind().code()).isEmpty();
            Resource back = target.loadAll().get(0);
            assertThat(back.details()).as(original.kind().code()).isEqualTo(original.details());
            assertThat(back.location().lon()).isCloseTo(original.location().lon(), offset(1e-8));
        }
    }

    @Test
    void refusesDuplicateIdsAndIdsAlreadyStored() throws Exception {
        Resource team = TestResources.team();
        Path file = dir.resolve("dup.csv");
        Files.writeString(file, "id,name,lon,lat,type\n"
                + team.id() + ",A,113.8,34.0,FIRE\n"
                + "6f1c0f7e-0000-4000-8000-000000000001,B,113.8,34.0,FIRE\n"
                + "6f1c0f7e-0000-4000-8000-000000000001,C,113.8,34.0,FIRE\n"
                + "not-a-uuid,D,113.8,34.0,FIRE\n", StandardCharsets.UTF_8);
        store.saveAll(List.of(team));
        ImportReport report = run(ImportRequest.of(file, ResourceKind.RESCUE_TEAM, "c"));
        assertThat(report.errors()).extracting(ImportIssue::row, ImportIssue::field).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(2, "id"), org.assertj.core.groups.Tuple.tuple(4, "id"),
                org.assertj.core.groups.Tuple.tuple(5, "id"));
        assertThat(report.errors()).filteredOn(e -> e.row() == 4).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("already used in row 3"));
        assertThat(store.loadAll()).containsExactly(team);
    }

    @Test
    void repairsASelfIntersectingPolygonWithAWarning() throws Exception {
        Path file = dir.resolve("bowtie.geojson");
        Files.writeString(file, """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"化工园区","category":"化工",
                "grade":"二级"},"geometry":{"type":"Polygon","coordinates":[[[113.80,34.00],[113.82,34.02],[113.82,34.00],
                [113.80,34.02],[113.80,34.00]]]}}]}""", StandardCharsets.UTF_8);
        ImportReport bad = run(ImportRequest.of(file, ResourceKind.HAZARD_SOURCE, "c"));
        assertThat(bad.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("category"));
        ImportReport report = run(ImportRequest.of(file, ResourceKind.HAZARD_SOURCE, "c").withMap("category=ignore"));
        assertThat(report.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("required"));
        Files.writeString(file, Files.readString(file).replace("\"化工\"", "\"危化品\""));
        ImportReport ok = run(ImportRequest.of(file, ResourceKind.HAZARD_SOURCE, "c"));
        assertThat(ok.errors()).isEmpty();
        assertThat(ok.warnings()).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo("geometry");
            assertThat(w.message()).contains("repaired");
        });
        Resource r = store.loadAll().get(0);
        assertThat(r.geometry().isValid()).isTrue();
        assertThat(r.geometry().getArea()).isGreaterThan(0);
    }

    @Test
    void remembersTheCorrectedMappingForTheNextFileWithTheSameColumns() throws Exception {
        MappingMemory memory = new MappingMemory(dir);
        ResourceImport remembering = new ResourceImport(store, Optional.of(memory), Clock.systemUTC());
        remembering.run(teams("broken/teams_swapped.csv").withMap("经度=lat,纬度=lon"), ImportProgress.NONE);
        assertThat(dir.resolve(MappingMemory.FILE_NAME)).exists();

        Path next = dir.resolve("next_month.csv");
        Files.writeString(next, "名称,经度,纬度,类型,人数\n新队伍,34.05,113.9,消防,12\n", StandardCharsets.UTF_8);
        ImportReport report = remembering.run(ImportRequest.of(next, ResourceKind.RESCUE_TEAM, "c"), ImportProgress.NONE);
        assertThat(report.errors()).isEmpty();
        assertThat(report.mapping()).contains("经度=lat", "纬度=lon");
        assertThat(stored("新队伍").location().lon()).isEqualTo(113.9);
    }

    @Test
    void warnsButAcceptsPointsOutsideXuchang() throws Exception {
        Path file = dir.resolve("far.csv");
        Files.writeString(file, "name,lon,lat,type\n郑州支援队,113.65,34.76,FIRE\n许昌队,113.8,34.0,FIRE\n");
        ImportReport report = run(ImportRequest.of(file, ResourceKind.RESCUE_TEAM, "c"));
        assertThat(report.stored()).isEqualTo(2);
        assertThat(report.warnings()).singleElement().satisfies(w -> {
            assertThat(w.row()).isEqualTo(2);
            assertThat(w.message()).contains("outside Xuchang");
        });
        assertThat(store.loadAll().stream().map(Resource::name).sorted(Comparator.naturalOrder()).toList())
                .containsExactly("许昌队", "郑州支援队");
    }

    @Test
    void refusesMetresDeclaredAsDegrees() throws Exception {
        ImportReport report = run(teams("csv/teams_gk_zone38.csv").withCrs(CrsRegistry.parse("wgs84")));
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isZero();
            assertThat(e.message()).contains("--crs declares EPSG:4326 (degrees) but the coordinates are metres");
        });
    }
}

package cn.xuchang.ems.data.io;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.domain.School;
import cn.xuchang.ems.data.io.validation.ImportIssue;
import cn.xuchang.ems.data.store.InMemoryResourceStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The corpus of broken files: each is refused with its own message (naming file, row or place,
 * and the fix), and the store is exactly as before.
 */
class BrokenFileTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            broken/teams_truncated.shp        | rescue_team | 0 | the .shp is truncated                      | copy the complete file again
            broken/teams_wrong_count.shp      | rescue_team | 0 | the .dbf header announces 7 records but the file holds 5 | copy or export it again
            broken/teams_bad_rows.csv         | rescue_team | 4 | '四十' is not a whole number               | write a whole number
            broken/schools_truncated.geojson  | school      | 0 | is not valid JSON (line 1, column          | check that the file is complete
            broken/teams_merged_header.xlsx   | rescue_team | 0 | the header row 1 has merged cells (B1:C1)  | unmerge them
            broken/teams_swapped.csv          | rescue_team | 2 | longitude and latitude look swapped        | --map 经度=lat,纬度=lon
            broken/schools_gcj02_as_wgs84.geojson | school  | 0 | the coordinates look like GCJ-02, not EPSG:4326 | re-run with --crs gcj02
            """)
    void refusesWithItsOwnMessageAndLeavesTheStoreUnchanged(String fixture, String kind, int row, String message,
                                                             String fix) throws Exception {
        InMemoryResourceStore store = new InMemoryResourceStore();
        List<Resource> before = List.of(TestResources.team(),
                TestResources.at("许昌市第一中学", 113.82, 34.03, "411002", new School(2000, true, "")),
                TestResources.at("许昌市第二中学", 113.84, 34.015, "411002", new School(1700, true, "")),
                TestResources.at("建安区实验小学", 113.86, 34.09, "411023", new School(800, true, "")));
        store.saveAll(before);

        ImportReport report = new ResourceImport(store, Optional.empty(), Clock.systemUTC())
                .run(ImportRequest.of(Fixtures.path(fixture), ResourceKind.parse(kind), "clerk"), ImportProgress.NONE);

        String file = fixture.substring(fixture.lastIndexOf('/') + 1);
        assertThat(report.succeeded()).isFalse();
        assertThat(report.stored()).isZero();
        assertThat(report.errors()).as(fixture).anySatisfy(e -> {
            assertThat(e.file()).isEqualTo(file);
            assertThat(e.row()).isEqualTo(row);
            assertThat(e.describe()).contains(message).contains(fix);
        });
        assertThat(report.errors()).extracting(ImportIssue::severity).containsOnly(ImportIssue.Severity.ERROR);
        assertThat(store.loadAll()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(store.listImports()).isEmpty();
    }
}

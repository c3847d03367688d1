package cn.xuchang.ems.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.workspace.Workspace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs export, import and undo-import on one seeded data folder, leaving it as it found it. */
class ImportExportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;

    @TempDir
    Path out;

    record Run(int code, String out, String err) {
    }

    static Run xems(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dataDir.toString();
        int code = XemsCommand.run(all, new PrintWriter(o), new PrintWriter(e));
        return new Run(code, o.toString(), e.toString());
    }

    static Path resource(String name) throws Exception {
        return Path.of(ImportExportCommandTest.class.getResource("/io/" + name).toURI());
    }

    @BeforeAll
    static void seed() {
        try (Workspace ws = Workspace.open(dataDir)) {
            assertThat(ws.store().count()).isPositive();
        }
    }

    private static long count(ResourceKind kind) {
        try (Workspace ws = Workspace.open(dataDir)) {
            return ws.store().loadByKind(kind).size();
        }
    }

    @Test
    void exportsEveryCameraAsGeoJsonWithAllAttributes() throws Exception {
        Path file = out.resolve("cameras.geojson");
        Run r = xems("export", "--kind", "camera", "--format", "geojson", "--out", file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = JSON.readTree(file.toFile());
        assertThat(root.get("features")).hasSize(105);
        JsonNode p = root.at("/features/0/properties");
        assertThat(p.fieldNames()).toIterable().contains("id", "kind", "name", "county_code", "county", "sample",
                "camera_code", "heading_deg", "field_of_view_deg", "range_m", "online", "source", "source_crs");
        assertThat(p.get("sample").asBoolean()).isTrue();
        double lon = root.at("/features/0/geometry/coordinates/0").asDouble();
        assertThat(lon).isBetween(113.0, 114.5);
    }

    @Test
    void exportsCsvInGbkAndGaussKrugerOnRequest() throws Exception {
        Path file = out.resolve("schools.csv");
        Run r = xems("export", "--kind", "school", "--format", "csv", "--out", file.toString(), "--crs", "epsg:4547",
                "--encoding", "gbk", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode result = JSON.readTree(r.out());
        assertThat(result.get("count").asInt()).isEqualTo(785);
        assertThat(result.get("crs").asText()).isEqualTo("EPSG:4547");
        List<String> lines = Files.readAllLines(file, java.nio.charset.Charset.forName("GBK"));
        assertThat(lines).hasSize(786);
        assertThat(lines.get(0)).startsWith("id,kind,name,easting,northing,county_code,county,sample,pupils");
        String[] cells = lines.get(1).split(",");
        assertThat(Double.parseDouble(cells[3])).isBetween(380_000.0, 620_000.0);
        assertThat(Double.parseDouble(cells[4])).isBetween(3_700_000.0, 3_850_000.0);
    }

    @Test
    void importsGbkCsvThenUndoesIt() throws Exception {
        long before = count(ResourceKind.RESCUE_TEAM);
        Run r = xems("import", resource("teams_zh_gbk.csv").toString(), "--kind", "rescue_team", "--json");
        assertThat(r.code()).as(r.err() + r.out()).isZero();
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("stored").asInt()).isEqualTo(5);
        assertThat(report.get("sourceCrs").asText()).isEqualTo("EPSG:4490");
        assertThat(count(ResourceKind.RESCUE_TEAM)).isEqualTo(before + 5);

        Run list = xems("undo-import", "--list", "--json");
        assertThat(JSON.readTree(list.out()).at("/imports/0/id").asText()).isEqualTo(report.get("importId").asText());

        Run undo = xems("undo-import", report.get("importId").asText(), "--json");
        assertThat(undo.code()).as(undo.err()).isZero();
        assertThat(JSON.readTree(undo.out()).get("removed").asInt()).isEqualTo(5);
        assertThat(count(ResourceKind.RESCUE_TEAM)).isEqualTo(before);
    }

    @Test
    void refusesBadRowsWithExitCodeOneAndStoresNothing() throws Exception {
        long before = count(ResourceKind.RESCUE_TEAM);
        Run r = xems("import", resource("teams_bad_rows.csv").toString(), "--kind", "rescue_team");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("refused: teams_bad_rows.csv row 4, field 人数 → headcount: '四十' is not a whole number")
                .contains("nothing was stored");
        assertThat(count(ResourceKind.RESCUE_TEAM)).isEqualTo(before);
    }

    @Test
    void dryRunWithSkipInvalidReportsButStoresNothing() throws Exception {
        long before = count(ResourceKind.RESCUE_TEAM);
        Run r = xems("import", resource("teams_bad_rows.csv").toString(), "--kind", "rescue_team", "--skip-invalid",
                "--dry-run", "--json");
        assertThat(r.code()).isZero();
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("accepted").asInt()).isEqualTo(1);
        assertThat(report.get("rejected").asInt()).isEqualTo(5);
        assertThat(report.get("errors").get(0).get("row").asInt()).isPositive();
        assertThat(count(ResourceKind.RESCUE_TEAM)).isEqualTo(before);
    }

    @Test
    void exportsAGbkShapefileThatImportsBackIntoAnotherLayerCopy() throws Exception {
        Path file = out.resolve("shelters.shp");
        Run r = xems("export", "--kind", "shelter", "--format", "shp", "--out", file.toString(), "--encoding", "gbk",
                "--crs", "epsg:4547");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(out.resolve("shelters.cpg")).hasContent("GBK");
        assertThat(Files.readString(out.resolve("shelters.prj"))).contains("CGCS2000_3_Degree_GK_CM_114E");
        long shelters = count(ResourceKind.SHELTER);
        Run dry = xems("import", file.toString(), "--kind", "shelter", "--dry-run", "--json");
        JsonNode report = JSON.readTree(dry.out());
        assertThat(report.get("sourceCrs").asText()).isEqualTo("EPSG:4547");
        assertThat(report.get("rows").asLong()).isEqualTo(shelters);
        // the ids are still in the database: a re-import of the export is refused row by row
        assertThat(report.get("rejected").asLong()).isEqualTo(shelters);
        assertThat(report.at("/errors/0/message").asText()).contains("is already in the database");
        assertThat(count(ResourceKind.SHELTER)).isEqualTo(shelters);
    }

    @Test
    void badArgumentsExitTwo() throws Exception {
        Run r = xems("import", resource("teams_zh_gbk.csv").toString(), "--kind", "rescue_team", "--map", "nosuch=name");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("the file has no column 'nosuch'");
        Run e = xems("export", "--kind", "camera", "--format", "dwg", "--out", out.resolve("x.dwg").toString());
        assertThat(e.code()).isEqualTo(2);
        assertThat(e.err()).contains("unknown export format 'dwg'");
    }
}

package cn.xuchang.ems.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.xuchang.ems.data.crs.CrsRegistry;
import cn.xuchang.ems.data.crs.GeographicCrs;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * GDAL's {@code ogrinfo} must read what we export with the right geometry, CRS and Chinese
 * attributes. Runs when {@code ogrinfo} is on the PATH (CI installs gdal-bin), skipped otherwise.
 */
class OgrInfoExportTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void needsOgrInfo() {
        assumeTrue(ogrInfoAvailable(), "ogrinfo (gdal-bin) is not installed");
    }

    static boolean ogrInfoAvailable() {
        try {
            Process p = new ProcessBuilder("ogrinfo", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String ogrinfo(Path file, String... openOptions) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("ogrinfo", "-ro", "-al"));
        for (String o : openOptions) {
            cmd.add("-oo");
            cmd.add(o);
        }
        cmd.add(file.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private Path export(Resource r, ExportFormat format, String name, ExportOptions options) throws IOException {
        Path file = dir.resolve(name + format.extension());
        ResourceExport.export(List.of(r), r.kind(), format, file, options);
        return file;
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void readsPointGeometryCrsAndChineseAttributes(ExportFormat format) throws Exception {
        Path file = export(TestResources.team(), format, "teams", ExportOptions.defaults());
        String info = format == ExportFormat.CSV
                ? ogrinfo(file, "X_POSSIBLE_NAMES=lon", "Y_POSSIBLE_NAMES=lat", "AUTODETECT_TYPE=YES")
                : ogrinfo(file);

        assertThat(info).contains("魏都区消防救援大队", "魏都区", "0374-1234567", "水罐消防车");
        assertThat(info).containsPattern("headcount \\((Integer|Integer64|Real)\\) = 45");
        assertThat(info).containsPattern("turnout_mi(nutes)? \\((Integer|Integer64|Real)\\) = 3");
        if (format == ExportFormat.XLSX) {
            assertThat(info).containsPattern("lon \\(Real\\) = 113.8267").containsPattern("lat \\(Real\\) = 34.0262");
            return; // a spreadsheet carries no geometry or CRS
        }
        assertThat(info).containsPattern("POINT \\(113.8267 34.0262");
        if (format == ExportFormat.KML) {
            assertThat(info).contains("ID[\"EPSG\",4326]");
        } else if (format == ExportFormat.CSV) {
            // the .prj sidecar is read as is, without the EPSG identification the shapefile driver does
            assertThat(info).contains("GEOGCRS[\"China Geodetic Coordinate System 2000\"", "CGCS2000\",6378137,298.257222101");
        } else {
            assertThat(info).contains("ID[\"EPSG\",4490]");
        }
        if (format != ExportFormat.KML) {
            assertThat(info).contains("Geometry: Point");
        }
        if (format == ExportFormat.KML || format == ExportFormat.GEOJSON || format == ExportFormat.GEOPACKAGE) {
            assertThat(info).containsPattern("on_duty \\(Integer(\\(Boolean\\))?\\) = 1");
        }
        assertThat(info).doesNotContain("Warning 1: Non-conformant");
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"GEOJSON", "SHAPEFILE", "GEOPACKAGE", "KML"})
    void readsPolygonsWithTheirHoles(ExportFormat format) throws Exception {
        Path file = export(TestResources.hazardArea(), format, "hazards", ExportOptions.defaults());
        String info = ogrinfo(file);
        assertThat(info).contains("长葛市化工园区", "液氯");
        assertThat(info).containsPattern("POLYGON \\(\\(113.76 34.21,.*\\),\\(113.765 34.215");
    }

    @Test
    void readsGbkShapefilesThroughTheirCpg() throws Exception {
        Path file = export(TestResources.shelter(), ExportFormat.SHAPEFILE, "shelters_gbk",
                new ExportOptions(GeographicCrs.CGCS2000, Charset.forName("GBK")));
        String info = ogrinfo(file);
        assertThat(info).contains("许昌市人民广场避难场所", "shelter_cl (String) = FIXED", "capacity (Integer64) = 5000");
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"GEOJSON", "SHAPEFILE", "GEOPACKAGE", "CSV"})
    void readsGaussKrugerExportsAsEpsg4547(ExportFormat format) throws Exception {
        Path file = export(TestResources.team(), format, "teams_gk",
                new ExportOptions(CrsRegistry.parse("epsg:4547"), StandardCharsets.UTF_8));
        String info = format == ExportFormat.CSV
                ? ogrinfo(file, "X_POSSIBLE_NAMES=easting", "Y_POSSIBLE_NAMES=northing") : ogrinfo(file);
        assertThat(info).contains("CGCS2000 / 3-degree Gauss-Kruger CM 114E");
        // PROJ cs2cs EPSG:4490 -> EPSG:4547 for (113.8267, 34.0262): E 483994.624, N 3766581.159
        assertThat(info).containsPattern("POINT \\(483994.62\\d* 3766581.15\\d*\\)");
        assertThat(info).contains("魏都区消防救援大队");
    }

    @Test
    void everyKindExportsToAGeoPackageOgrInfoReads() throws Exception {
        for (Resource r : TestResources.oneOfEach()) {
            String info = ogrinfo(export(r, ExportFormat.GEOPACKAGE, r.kind().code(), ExportOptions.defaults()));
            assertThat(info).as(r.kind().code()).contains(r.name(), "Layer name: " + r.kind().code(), "Feature Count: 1");
        }
        assertThat(ResourceKind.values()).hasSize(TestResources.oneOfEach().size());
    }
}

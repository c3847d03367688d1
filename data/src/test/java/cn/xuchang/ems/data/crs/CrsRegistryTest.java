package cn.xuchang.ems.data.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CrsRegistryTest {

    @Test
    void parsesTheNamesUsersType() {
        assertThat(CrsRegistry.parse("wgs84")).isEqualTo(GeographicCrs.WGS84);
        assertThat(CrsRegistry.parse("CGCS2000")).isEqualTo(GeographicCrs.CGCS2000);
        assertThat(CrsRegistry.parse("EPSG:4490")).isEqualTo(GeographicCrs.CGCS2000);
        assertThat(CrsRegistry.parse("gcj-02")).isEqualTo(OffsetCrs.GCJ02);
        assertThat(CrsRegistry.parse("bd09")).isEqualTo(OffsetCrs.BD09);
        assertThat(CrsRegistry.parse("epsg:4547").id()).isEqualTo("EPSG:4547");
        assertThat(CrsRegistry.parse("webmercator").id()).isEqualTo("EPSG:3857");
        assertThatThrownBy(() -> CrsRegistry.parse("epsg:2000")).hasMessageContaining("not supported");
        assertThatThrownBy(() -> CrsRegistry.parse("xian80")).hasMessageContaining("use wgs84, cgcs2000");
    }

    @Test
    void epsg4547MatchesTheProjReferencePoint() {
        double[] en = new double[2];
        CrsRegistry.parse("epsg:4547").fromCgcs2000(113.85, 34.03, en);
        assertThat(en[0]).isCloseTo(486147.1496, offset(0.001));
        assertThat(en[1]).isCloseTo(3766999.2697, offset(0.001));
    }

    @Test
    void zonePrefixedEastingsNameTheirZone() {
        assertThat(CrsRegistry.forZonePrefixedEasting(38_483_994.6)).map(Crs::id).contains("EPSG:4526");
        assertThat(CrsRegistry.forZonePrefixedEasting(19_600_000)).map(Crs::id).contains("EPSG:4497");
        assertThat(CrsRegistry.forZonePrefixedEasting(483_994.6)).isEmpty();
        assertThat(CrsRegistry.forZonePrefixedEasting(12_671_130)).as("zone 12 is no CGCS2000 zone (Web Mercator range)")
                .isEmpty();
        // the cs2cs value of the Weidu fire brigade converts back to its lon/lat
        double[] lonLat = new double[2];
        CrsRegistry.forZonePrefixedEasting(38_483_994.624).orElseThrow().toCgcs2000(38_483_994.624, 3_766_581.159, lonLat);
        assertThat(lonLat[0]).isCloseTo(113.8267, offset(1e-8));
        assertThat(lonLat[1]).isCloseTo(34.0262, offset(1e-8));
    }

    @Test
    void identifiesTheWktGdalWritesIntoPrjFiles() {
        assertThat(CrsRegistry.fromWkt(CrsRegistry.prjWkt(GeographicCrs.CGCS2000).orElseThrow()))
                .isEqualTo(GeographicCrs.CGCS2000);
        for (int code : List.of(4547, 4526, 4497, 4546)) {
            Crs crs = CrsRegistry.parse("epsg:" + code);
            assertThat(CrsRegistry.fromWkt(CrsRegistry.prjWkt(crs).orElseThrow())).as("ESRI " + code).isEqualTo(crs);
            assertThat(CrsRegistry.fromWkt(CrsRegistry.ogcWkt(crs).orElseThrow())).as("OGC " + code).isEqualTo(crs);
        }
        assertThat(CrsRegistry.fromWkt(CrsRegistry.prjWkt(CrsRegistry.parse("epsg:3857")).orElseThrow()).id())
                .isEqualTo("EPSG:3857");
        assertThatThrownBy(() -> CrsRegistry.fromWkt("PROJCS[\"Xian_1980_3_Degree_GK_CM_114E\",GEOGCS[\"GCS_Xian_1980\"]]"))
                .hasMessageContaining("7-parameter");
    }

    @Test
    void offsetSystemsRoundTripWithinHalfAMetre() {
        for (OffsetCrs crs : List.of(OffsetCrs.GCJ02, OffsetCrs.BD09)) {
            for (double lon = 113.0; lon <= 114.5; lon += 0.25) {
                for (double lat = 33.6; lat <= 34.5; lat += 0.15) {
                    double[] shifted = new double[2];
                    double[] back = new double[2];
                    crs.fromCgcs2000(lon, lat, shifted);
                    crs.toCgcs2000(shifted[0], shifted[1], back);
                    assertThat(Geodesy.distance(lon, lat, shifted[0], shifted[1])).as("offset is real").isGreaterThan(300);
                    assertThat(Geodesy.distance(lon, lat, back[0], back[1])).as(crs.id()).isLessThan(0.5);
                }
            }
        }
    }

    /** Cross-check with PROJ's cs2cs when it is installed (CI installs proj-bin with gdal-bin). */
    @Test
    void agreesWithProjCs2csWhereInstalled() throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("cs2cs", "-f", "%.4f", "EPSG:4490", "EPSG:4526").redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("cs2cs (proj-bin) is not installed");
            return;
        }
        p.getOutputStream().write("34.1 113.6\n33.9 114.2\n".getBytes(StandardCharsets.US_ASCII));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        List<String> lines = out.lines().toList();
        double[][] input = {{113.6, 34.1}, {114.2, 33.9}};
        Crs zone38 = CrsRegistry.parse("epsg:4526");
        for (int i = 0; i < 2; i++) {
            String[] parts = lines.get(i).trim().split("\\s+");
            double[] en = new double[2];
            zone38.fromCgcs2000(input[i][0], input[i][1], en);
            // cs2cs prints EPSG axis order: northing, easting
            assertThat(en[1]).isCloseTo(Double.parseDouble(parts[0]), offset(0.001));
            assertThat(en[0]).isCloseTo(Double.parseDouble(parts[1]), offset(0.001));
        }
    }
}

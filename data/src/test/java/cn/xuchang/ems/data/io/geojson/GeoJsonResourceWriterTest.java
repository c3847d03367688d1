package cn.xuchang.ems.data.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.data.crs.CrsRegistry;
import cn.xuchang.ems.data.crs.GeographicCrs;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.io.ExportFormat;
import cn.xuchang.ems.data.io.ExportOptions;
import cn.xuchang.ems.data.io.ResourceExport;
import cn.xuchang.ems.data.io.TestResources;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoJsonResourceWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesLonLatAndEveryTypedAttributeOfARescueTeam() throws Exception {
        Resource team = TestResources.team();
        Path out = dir.resolve("teams.geojson");
        ResourceExport.export(List.of(team), ResourceKind.RESCUE_TEAM, ExportFormat.GEOJSON, out, ExportOptions.defaults());

        JsonNode root = new ObjectMapper().readTree(out.toFile());
        assertThat(root.at("/crs/properties/name").asText()).isEqualTo("urn:ogc:def:crs:EPSG::4490");
        JsonNode f = root.at("/features/0");
        assertThat(f.at("/geometry/type").asText()).isEqualTo("Point");
        assertThat(f.at("/geometry/coordinates/0").asDouble()).isEqualTo(113.8267);
        assertThat(f.at("/geometry/coordinates/1").asDouble()).isEqualTo(34.0262);
        JsonNode p = f.get("properties");
        assertThat(p.get("id").asText()).isEqualTo(team.id().toString());
        assertThat(p.get("kind").asText()).isEqualTo("rescue_team");
        assertThat(p.get("name").asText()).isEqualTo("魏都区消防救援大队");
        assertThat(p.get("county").asText()).isEqualTo("魏都区");
        assertThat(p.get("county_code").asText()).isEqualTo("411002");
        assertThat(p.get("sample").isBoolean()).isTrue();
        assertThat(p.get("type").asText()).isEqualTo("FIRE");
        assertThat(p.get("headcount").isIntegralNumber()).isTrue();
        assertThat(p.get("headcount").asInt()).isEqualTo(45);
        assertThat(p.get("turnout_minutes").asInt()).isEqualTo(3);
        assertThat(p.get("on_duty").asBoolean()).isTrue();
        assertThat(p.get("equipment").isArray()).isTrue();
        assertThat(p.get("equipment").get(1).asText()).isEqualTo("云梯车, 32米");
        assertThat(p.get("phone").asText()).isEqualTo("0374-1234567");
        assertThat(p.get("created_at").asText()).isEqualTo("2026-11-30T08:00:00Z");
        assertThat(p.get("source_crs").asText()).isEqualTo("EPSG:4490");
        assertThat(p.has("available")).as("derived values are not attributes").isFalse();
    }

    @Test
    void writesNestedStocksOfADepotAsObjects() throws Exception {
        Path out = dir.resolve("depots.geojson");
        ResourceExport.export(List.of(TestResources.depot()), ResourceKind.SUPPLY_DEPOT, ExportFormat.GEOJSON, out,
                ExportOptions.defaults());
        JsonNode stocks = new ObjectMapper().readTree(out.toFile()).at("/features/0/properties/stocks");
        assertThat(stocks.get(0).get("code").asText()).isEqualTo("1010101");
        assertThat(stocks.get(0).get("name").asText()).isEqualTo("帐篷");
        assertThat(stocks.get(1).get("quantity").asDouble()).isEqualTo(1000);
    }

    @Test
    void projectsToGaussKrugerWhenAsked() throws Exception {
        Resource r = TestResources.at("参考点", 113.85, 34.03, "411002", TestResources.camera().details());
        Path out = dir.resolve("cam.geojson");
        ResourceExport.export(List.of(r), ResourceKind.CAMERA, ExportFormat.GEOJSON, out,
                new ExportOptions(CrsRegistry.parse("epsg:4547"), StandardCharsets.UTF_8));
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        assertThat(root.at("/crs/properties/name").asText()).isEqualTo("urn:ogc:def:crs:EPSG::4547");
        // PROJ reference (domain.md): E 486147.150, N 3766999.270
        assertThat(root.at("/features/0/geometry/coordinates/0").asDouble()).isCloseTo(486147.150, org.assertj.core.data.Offset.offset(0.002));
        assertThat(root.at("/features/0/geometry/coordinates/1").asDouble()).isCloseTo(3766999.270, org.assertj.core.data.Offset.offset(0.002));
    }

    @Test
    void refusesToMixKindsInOneFile() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ResourceExport.export(TestResources.oneOfEach(),
                        ResourceKind.CAMERA, ExportFormat.GEOJSON, dir.resolve("x.geojson"),
                        new ExportOptions(GeographicCrs.CGCS2000, StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one kind per file");
    }
}

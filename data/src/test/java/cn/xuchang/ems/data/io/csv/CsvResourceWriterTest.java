package cn.xuchang.ems.data.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.data.crs.GeographicCrs;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.io.ExportFormat;
import cn.xuchang.ems.data.io.ExportOptions;
import cn.xuchang.ems.data.io.ReadOptions;
import cn.xuchang.ems.data.io.ResourceExport;
import cn.xuchang.ems.data.io.SourceDataset;
import cn.xuchang.ems.data.io.TestResources;
import cn.xuchang.ems.data.io.TextEncoding;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvResourceWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesEveryAttributeAndReadsBackWithBomDetected() throws Exception {
        Resource team = TestResources.team();
        Path out = dir.resolve("teams.csv");
        ResourceExport.export(List.of(team), ResourceKind.RESCUE_TEAM, ExportFormat.CSV, out, ExportOptions.defaults());

        byte[] bytes = Files.readAllBytes(out);
        assertThat(TextEncoding.hasUtf8Bom(bytes)).isTrue();
        SourceDataset ds = new CsvSourceReader().read(out, ReadOptions.defaults());
        assertThat(ds.columns()).startsWith("id", "kind", "name", "lon", "lat", "county_code", "county", "sample")
                .contains("type", "headcount", "equipment", "turnout_minutes", "on_duty", "phone",
                        "created_by", "created_at", "updated_by", "updated_at", "source", "source_crs");
        assertThat(ds.features()).hasSize(1);
        Map<String, Object> row = ds.features().get(0).attributes();
        assertThat(row.get("id")).isEqualTo(team.id().toString());
        assertThat(row.get("name")).isEqualTo("魏都区消防救援大队");
        assertThat(Double.parseDouble((String) row.get("lon"))).isEqualTo(113.8267);
        assertThat(Double.parseDouble((String) row.get("lat"))).isEqualTo(34.0262);
        assertThat(row.get("headcount")).isEqualTo("45");
        assertThat(row.get("equipment")).as("lists are JSON text").isEqualTo("[\"水罐消防车\",\"云梯车, 32米\"]");
        assertThat(row.get("on_duty")).isEqualTo("true");
        assertThat(row.get("county")).isEqualTo("魏都区");
        assertThat(row.get("source_crs")).isEqualTo("EPSG:4490");
    }

    @Test
    void writesGbkOnRequestAndTheReaderDetectsIt() throws Exception {
        Path out = dir.resolve("shelters.csv");
        Charset gbk = Charset.forName("GBK");
        ResourceExport.export(List.of(TestResources.shelter()), ResourceKind.SHELTER, ExportFormat.CSV, out,
                new ExportOptions(GeographicCrs.CGCS2000, gbk));
        byte[] bytes = Files.readAllBytes(out);
        assertThat(TextEncoding.hasUtf8Bom(bytes)).isFalse();
        assertThat(new String(bytes, gbk)).contains("许昌市人民广场避难场所");

        SourceDataset ds = new CsvSourceReader().read(out, ReadOptions.defaults());
        assertThat(ds.charset()).contains(TextEncoding.GB18030);
        assertThat(ds.features().get(0).attributes().get("name")).isEqualTo("许昌市人民广场避难场所");
        assertThat(ds.features().get(0).attributes().get("shelter_class")).isEqualTo("FIXED");
        assertThat(ds.features().get(0).attributes().get("facilities")).isEqualTo("[\"WATER\"]");
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotStartWith("\u00EF\u00BB\u00BF");
    }
}

package cn.xuchang.ems.app.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.data.crs.CrsRegistry;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.io.ExportFormat;
import cn.xuchang.ems.data.io.ExportOptions;
import cn.xuchang.ems.data.store.InMemoryResourceStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTaskTest {
    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final ExportOptions CGCS2000 = new ExportOptions(CrsRegistry.parse("cgcs2000"), StandardCharsets.UTF_8);

    private static Resource at(ResourceKind kind, String name, double lon) {
        return NewResource.of(kind, name, new LonLat(lon, 34.05), List.of(), "t", NOW);
    }

    private static JsonNode read(Path p) throws Exception {
        return new ObjectMapper().readTree(Files.readString(p));
    }

    @Test
    void aLayerIsReadFromTheStoreWhenTheTaskRuns() throws Exception {
        InMemoryResourceStore store = new InMemoryResourceStore();
        store.saveAll(List.of(at(ResourceKind.SHELTER, "甲", 113.81), at(ResourceKind.SHELTER, "乙", 113.82),
                at(ResourceKind.CAMERA, "丙", 113.83)));
        Path out = Files.createTempDirectory("export").resolve("shelters.geojson");
        List<Path> files = ExportTask.write(store, ResourceKind.SHELTER, List.of(), ExportFormat.GEOJSON, out, CGCS2000,
                () -> false, (file, done, total) -> { });

        assertThat(files).containsExactly(out);
        assertThat(read(out).get("features")).hasSize(2);
    }

    @Test
    void aMixedSelectionBecomesOneFilePerKind(@TempDir Path dir) throws Exception {
        List<Resource> chosen = List.of(at(ResourceKind.SHELTER, "甲", 113.81), at(ResourceKind.CAMERA, "丙", 113.83),
                at(ResourceKind.CAMERA, "丁", 113.84));
        List<int[]> steps = new java.util.ArrayList<>();
        List<Path> files = ExportTask.write(new InMemoryResourceStore(), null, chosen, ExportFormat.GEOJSON,
                dir.resolve("selection.geojson"), CGCS2000, () -> false, (file, done, total) -> steps.add(new int[] {done, total}));

        assertThat(steps).extracting(s -> s[0] + "/" + s[1]).containsExactly("1/2", "2/2");
        assertThat(files).containsExactlyInAnyOrder(dir.resolve("selection-shelter.geojson"),
                dir.resolve("selection-camera.geojson"));
        assertThat(read(dir.resolve("selection-camera.geojson")).get("features")).hasSize(2);
        assertThat(read(dir.resolve("selection-shelter.geojson")).get("features").get(0).get("properties")
                .get("name").asText()).isEqualTo("甲");
    }

    @Test
    void cancellingStopsBeforeTheNextFile(@TempDir Path dir) throws Exception {
        List<Resource> chosen = List.of(at(ResourceKind.SHELTER, "甲", 113.81), at(ResourceKind.CAMERA, "丙", 113.83));
        boolean[] cancel = {false};
        List<Path> files = ExportTask.write(new InMemoryResourceStore(), null, chosen, ExportFormat.CSV,
                dir.resolve("x.csv"), CGCS2000, () -> cancel[0], (file, done, total) -> cancel[0] = true);
        assertThat(files).hasSize(1);
    }

    @Test
    void kindGoesBeforeTheExtension() {
        assertThat(ExportTask.fileFor(Path.of("/x/result.shp"), ResourceKind.RESCUE_TEAM, ExportFormat.SHAPEFILE))
                .isEqualTo(Path.of("/x/result-rescue_team.shp"));
        assertThat(ExportTask.fileFor(Path.of("/x/result"), ResourceKind.CAMERA, ExportFormat.KML))
                .isEqualTo(Path.of("/x/result-camera.kml"));
    }
}

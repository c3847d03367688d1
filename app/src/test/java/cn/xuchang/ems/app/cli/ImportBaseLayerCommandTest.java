package cn.xuchang.ems.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.data.domain.BaseLayer;
import cn.xuchang.ems.data.json.DomainJson;
import cn.xuchang.ems.data.workspace.Workspace;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportBaseLayerCommandTest {
    private static final String AROUND_THE_ROADS = "113.79,34.00,113.87,34.065";
    private static final int ROAD_RGB = 0xE3A34B;

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run xems(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dir.resolve("data").toString();
        int code = XemsCommand.run(all, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static Path roads() throws Exception {
        return Path.of(ImportBaseLayerCommandTest.class.getResource("/io/baselayer/roads_4547.shp").toURI());
    }

    private int roadPixels(String png) throws Exception {
        Run r = xems("render", "--out", dir.resolve(png).toString(), "--width", "800", "--height", "600",
                "--bbox", AROUND_THE_ROADS);
        assertThat(r.code()).as(r.err()).isZero();
        BufferedImage img = ImageIO.read(dir.resolve(png).toFile());
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                if (Math.abs((rgb >> 16) - (ROAD_RGB >> 16)) < 12 && Math.abs(((rgb >> 8) & 0xFF) - ((ROAD_RGB >> 8) & 0xFF)) < 12
                        && Math.abs((rgb & 0xFF) - (ROAD_RGB & 0xFF)) < 12) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void importedRoadsAreStoredAndDrawnOnTheMap() throws Exception {
        int before = roadPixels("before.png");
        Run r = xems("import-base-layer", roads().toString(), "--layer", "road", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = DomainJson.mapper().readTree(r.out());
        assertThat(json.get("layer").asText()).isEqualTo("road");
        assertThat(json.get("features").asInt()).isEqualTo(2);
        assertThat(json.get("source_crs").asText()).isEqualTo("EPSG:4547");
        try (Workspace ws = Workspace.open(dir.resolve("data"))) {
            assertThat(ws.store().loadBaseFeatures().stream().filter(f -> f.layer() == BaseLayer.ROAD)).hasSize(2);
        }
        // two roads of ~6 km across an 800 px view: several hundred pixels of road colour
        assertThat(roadPixels("after.png")).isGreaterThan(before + 300);
    }

    @Test
    void refusesAWrongLayerWithExitCodeTwoAndStoresNothing() throws Exception {
        Run bad = xems("import-base-layer", roads().toString(), "--layer", "water");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("roads_4547.shp", "takes polygons", "nothing was imported");
        Run unknown = xems("import-base-layer", roads().toString(), "--layer", "railway");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown base layer 'railway'", "road", "water");
        try (Workspace ws = Workspace.open(dir.resolve("data"))) {
            assertThat(ws.store().loadBaseFeatures().stream().filter(f -> f.layer() == BaseLayer.WATER)).isEmpty();
        }
    }
}

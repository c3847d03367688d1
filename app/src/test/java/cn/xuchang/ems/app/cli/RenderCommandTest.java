package cn.xuchang.ems.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.data.domain.County;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.sample.XuchangBaseMap;
import cn.xuchang.ems.map.layer.LayerStack;
import cn.xuchang.ems.map.projection.Viewport;
import cn.xuchang.ems.map.style.StyleSet;
import cn.xuchang.ems.map.style.Theme;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class RenderCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesAPngOfTheWholeCityWithTheCountiesDrawn() throws Exception {
        Path png = dir.resolve("out/map.png");
        StringWriter err = new StringWriter();
        int code = XemsCommand.run(new String[] {"render", "--out", png.toString(), "--width", "800", "--height", "500",
                "--data-dir", dir.resolve("data").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(800);
        assertThat(img.getHeight()).isEqualTo(500);
        XuchangBaseMap base = XuchangBaseMap.load();
        Viewport view = RenderCommand.home(LayerStack.standard(base.features(), List.of(), StyleSet.bundled(Theme.LIGHT)),
                800, 500);
        // Each county shows its own fill from county.style near its interior point.
        assertThat(fillNear(img, view, base, County.XIANGCHENG)).isEqualTo(0xF1E4B0);
        assertThat(fillNear(img, view, base, County.YUZHOU)).isEqualTo(0xE4D2EC);
    }

    /** The most frequent colour at grid points inside the county (symbols and labels cover only some). */
    private static int fillNear(BufferedImage img, Viewport view, XuchangBaseMap base, County county) {
        Geometry g = base.county(county).geometry();
        Envelope e = g.getEnvelopeInternal();
        Map<Integer, Integer> counts = new HashMap<>();
        GeometryFactory gf = new GeometryFactory();
        for (int i = 1; i < 20; i++) {
            for (int j = 1; j < 20; j++) {
                double lon = e.getMinX() + e.getWidth() * i / 20;
                double lat = e.getMinY() + e.getHeight() * j / 20;
                if (g.contains(gf.createPoint(new Coordinate(lon, lat)))) {
                    Point2D.Double s = view.toScreen(new LonLat(lon, lat));
                    counts.merge(img.getRGB((int) s.x, (int) s.y) & 0xFFFFFF, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    @Test
    void rejectsAMalformedBboxWithExitCodeTwo() {
        StringWriter err = new StringWriter();
        int code = XemsCommand.run(new String[] {"render", "--out", dir.resolve("x.png").toString(),
                "--bbox", "113.7,34.2,113.6", "--data-dir", dir.resolve("data").toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--bbox", "four numbers");
    }

    @Test
    void rejectsAnUnknownLanguageAndAnAbsurdSize() {
        for (String[] bad : new String[][] {{"--lang", "fr"}, {"--width", "5"}, {"--scale", "9"}}) {
            StringWriter err = new StringWriter();
            String[] args = {"render", "--out", dir.resolve("x.png").toString(), bad[0], bad[1],
                    "--data-dir", dir.resolve("data").toString()};
            assertThat(XemsCommand.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err)))
                    .as(String.join(" ", bad)).isEqualTo(2);
            assertThat(err.toString()).contains(bad[0]);
        }
    }

    @Test
    void scaleTwoWritesAHiDpiImage() throws Exception {
        Path png = dir.resolve("hidpi.png");
        int code = XemsCommand.run(new String[] {"render", "--out", png.toString(), "--width", "300", "--height", "200",
                "--scale", "2", "--data-dir", dir.resolve("data").toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(600);
        assertThat(img.getHeight()).isEqualTo(400);
    }

    @Test
    void bboxSelectsTheViewAndEnglishDarkRenderWorks() throws Exception {
        Path png = dir.resolve("street.png");
        StringWriter err = new StringWriter();
        int code = XemsCommand.run(new String[] {"render", "--out", png.toString(), "--width", "640", "--height", "400",
                "--bbox", "113.80,34.00,113.86,34.05", "--lang", "en", "--dark", "--data-dir", dir.resolve("data").toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(640);
        // Dark theme: the frame corner (background) is dark.
        int rgb = img.getRGB(2, 200);
        int luminance = ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
        assertThat(luminance).isLessThan(3 * 90);
    }
}

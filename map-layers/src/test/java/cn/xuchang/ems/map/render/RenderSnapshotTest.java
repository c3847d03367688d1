package cn.xuchang.ems.map.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.map.layer.LayerStack;
import cn.xuchang.ems.map.projection.Viewport;
import cn.xuchang.ems.map.style.StyleSet;
import cn.xuchang.ems.map.style.Theme;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Writes PNG snapshots of a few views into target/snapshots to look at (and checks they are not blank). */
class RenderSnapshotTest {

    private final LayerStack stack = SampleMaps.standard();
    private final MapRenderer renderer = new MapRenderer(stack);

    @Test
    void writesCityStreetAndDarkSnapshots() throws IOException {
        Viewport city = Viewport.fit(stack.homeExtent(), 1600, 1000, 20);
        Viewport street = Viewport.centredOn(new LonLat(113.826, 34.026), 2.0, 1600, 1000);
        Viewport district = Viewport.centredOn(new LonLat(113.83, 34.03), 12.0, 1600, 1000);
        RenderOptions light = RenderOptions.defaults();
        RenderOptions dark = light.withStyles(StyleSet.bundled(Theme.DARK));
        write(renderer.render(city, light), "city.png");
        write(renderer.render(district, light), "district.png");
        write(renderer.render(street, light), "street.png");
        write(renderer.render(Viewport.centredOn(new LonLat(113.826, 34.026), 0.8, 1200, 800), light), "street-cameras.png");
        write(renderer.render(city, dark), "city-dark.png");
        write(renderer.render(city, light.withLocale(Locale.ENGLISH).withScaleFactor(2)), "city-en-2x.png");
        write(renderer.renderOverview(district, 240, 160, light), "overview.png");
    }

    private static void write(RenderedMap map, String name) throws IOException {
        File dir = new File("target/snapshots");
        dir.mkdirs();
        BufferedImage img = map.image();
        assertThat(img.getWidth()).isEqualTo((int) Math.ceil(map.viewport().width() * map.scaleFactor()));
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        out.createGraphics().drawImage(img, 0, 0, null);
        ImageIO.write(out, "png", new File(dir, name));
        System.out.println(name + ": " + map.drawnFeatures() + " features, " + map.nanos() / 1_000_000 + " ms");
    }
}

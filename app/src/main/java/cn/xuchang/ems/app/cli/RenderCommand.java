package cn.xuchang.ems.app.cli;

import cn.xuchang.ems.data.store.ResourceStore;
import cn.xuchang.ems.data.workspace.Workspace;
import cn.xuchang.ems.map.layer.LayerStack;
import cn.xuchang.ems.map.projection.Viewport;
import cn.xuchang.ems.map.render.MapRenderer;
import cn.xuchang.ems.map.render.RenderOptions;
import cn.xuchang.ems.map.render.RenderedMap;
import cn.xuchang.ems.map.style.StyleSet;
import cn.xuchang.ems.map.style.Theme;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code xems render --out map.png}: draws the map the window shows (all layers, legend, scale bar,
 * north arrow) into a PNG without a display, through the same engine ({@link MapRenderer}).
 */
@Command(name = "render", description = "Render the map with every layer to a PNG file (no display needed).")
public final class RenderCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "PNG file to write")
    Path out;

    @Option(names = "--width", paramLabel = "PX", description = "image width in pixels (default: ${DEFAULT-VALUE})")
    int width = 1600;

    @Option(names = "--height", paramLabel = "PX", description = "image height in pixels (default: ${DEFAULT-VALUE})")
    int height = 1000;

    @Option(names = "--bbox", paramLabel = "minLon,minLat,maxLon,maxLat",
            description = "area to show, CGCS2000 degrees (default: the whole of Xuchang)")
    String bbox;

    @Option(names = "--lang", paramLabel = "zh|en", description = "language of legend and scale bar (default: zh)")
    String lang = "zh";

    @Option(names = "--dark", description = "dark base map")
    boolean dark;

    @Option(names = "--scale", paramLabel = "FACTOR",
            description = "pixel density, e.g. 2 for HiDPI (the image is FACTOR times larger; default: 1)")
    double scale = 1.0;

    @Spec
    CommandSpec spec;

    /** Width kept free for the legend panel when fitting the whole city (logical pixels). */
    private static final int LEGEND_RESERVE_PX = 200;

    @Override
    public Integer call() throws IOException {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        if (width < 16 || height < 16 || width > 16_000 || height > 16_000) {
            throw new IllegalArgumentException("--width and --height must be between 16 and 16000 pixels, got "
                    + width + "x" + height);
        }
        if (!(scale >= 0.5 && scale <= 4)) {
            throw new IllegalArgumentException("--scale must be between 0.5 and 4, got " + scale);
        }
        Locale locale = parseLang(lang);
        Envelope area = bbox == null ? null : parseBbox(bbox);
        RenderOptions options = RenderOptions.defaults()
                .withStyles(StyleSet.bundled(dark ? Theme.DARK : Theme.LIGHT))
                .withLocale(locale)
                .withScaleFactor(scale);
        RenderedMap map;
        try (Workspace ws = dataDir.open()) {
            ResourceStore store = ws.store();
            LayerStack layers = LayerStack.standard(store.loadBaseFeatures(), store.loadAll(), options.styles());
            Viewport view = area == null ? home(layers, width, height) : Viewport.fitLonLat(area, width, height, 0);
            try (MapRenderer renderer = new MapRenderer(layers)) {
                map = renderer.render(view, options);
            }
        }
        write(map.image(), out);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "wrote %s (%dx%d px, %d features drawn, %.1f m/px)%n", out,
                map.pixelWidth(), map.pixelHeight(), map.drawnFeatures(), map.viewport().metresPerPixel());
        stdout.flush();
        return 0;
    }

    /** All of Xuchang, fitted beside the legend (bottom right) rather than under it when the image is wide. */
    static Viewport home(LayerStack layers, int width, int height) {
        int legend = width >= 3 * LEGEND_RESERVE_PX ? LEGEND_RESERVE_PX : 0;
        return Viewport.fit(layers.homeExtent(), width - legend, height, 20).withSize(width, height).pan(-legend / 2.0, 0);
    }

    static Locale parseLang(String lang) {
        return switch (lang.toLowerCase(Locale.ROOT)) {
            case "zh", "zh_cn", "zh-cn" -> Locale.SIMPLIFIED_CHINESE;
            case "en" -> Locale.ENGLISH;
            default -> throw new IllegalArgumentException("--lang must be zh or en, got '" + lang + "'");
        };
    }

    static Envelope parseBbox(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("--bbox needs four numbers minLon,minLat,maxLon,maxLat, got '" + text + "'");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--bbox: '" + parts[i].strip() + "' is not a number", e);
            }
        }
        if (v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90 || !(v[0] < v[2]) || !(v[1] < v[3])) {
            throw new IllegalArgumentException("--bbox must be minLon,minLat,maxLon,maxLat in degrees with min < max, "
                    + "e.g. 113.7,33.9,114.0,34.2; got '" + text + "'");
        }
        if (v[2] < 112.5 || v[0] > 115.5) {
            throw new IllegalArgumentException("--bbox " + text + " lies outside the map's projection zone "
                    + "(EPSG:4547, about 112.5..115.5 E); Xuchang is near 113.3..114.3 E, 33.7..34.4 N");
        }
        return new Envelope(v[0], v[2], v[1], v[3]);
    }

    private static void write(BufferedImage argbPre, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        // The map is opaque: write RGB, which every viewer shows the same way.
        BufferedImage rgb = new BufferedImage(argbPre.getWidth(), argbPre.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(argbPre, 0, 0, null);
        if (!ImageIO.write(rgb, "png", file.toFile())) {
            throw new IOException("no PNG writer available to write " + file);
        }
    }
}

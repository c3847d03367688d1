package cn.xuchang.ems.app.ui.workspace;

import cn.xuchang.ems.data.io.AtomicFile;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * What the window looked like when it last closed, kept in {@value #FILE_NAME} in the data folder:
 * its size (restored at the next start, as desktop GIS users expect) and the map canvas's size and
 * screen scale (so the first frame can be drawn before the window exists, see
 * {@link cn.xuchang.ems.app.ui.map.PreparedFrame}).
 *
 * @param windowWidth  scene width, logical pixels
 * @param windowHeight scene height, logical pixels
 * @param maximized    whether the window was maximised
 * @param mapWidth     map canvas width, logical pixels
 * @param mapHeight    map canvas height, logical pixels
 * @param outputScale  the screen's output scale (1 on ordinary screens, 2 on HiDPI)
 */
public record WindowMemory(double windowWidth, double windowHeight, boolean maximized, int mapWidth, int mapHeight,
                           double outputScale) {
    /** The file name within the data folder. */
    public static final String FILE_NAME = "window.properties";
    private static final int MIN_PX = 100;
    private static final int MAX_PX = 16_384;

    public WindowMemory {
        if (!(windowWidth >= MIN_PX && windowWidth <= MAX_PX && windowHeight >= MIN_PX && windowHeight <= MAX_PX)) {
            throw new IllegalArgumentException("window size out of range: " + windowWidth + " x " + windowHeight);
        }
        if (mapWidth < 1 || mapWidth > MAX_PX || mapHeight < 1 || mapHeight > MAX_PX) {
            throw new IllegalArgumentException("map size out of range: " + mapWidth + " x " + mapHeight);
        }
        if (!(outputScale >= 0.5 && outputScale <= 4)) {
            throw new IllegalArgumentException("output scale out of range: " + outputScale);
        }
    }

    /**
     * The memory kept in {@code dataDir}, or empty when there is none or it cannot be used (a
     * damaged or hand-edited file only means the window starts at its default size).
     */
    public static Optional<WindowMemory> read(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return Optional.of(new WindowMemory(
                    Double.parseDouble(p.getProperty("window.width")),
                    Double.parseDouble(p.getProperty("window.height")),
                    Boolean.parseBoolean(p.getProperty("window.maximized")),
                    Integer.parseInt(p.getProperty("map.width")),
                    Integer.parseInt(p.getProperty("map.height")),
                    Double.parseDouble(p.getProperty("map.outputScale"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes this memory to {@code dataDir}, replacing the old file in one move so that a crash never
     * leaves half a file. Blocking I/O.
     */
    public void write(Path dataDir) {
        Properties p = new Properties();
        p.setProperty("window.width", format(windowWidth));
        p.setProperty("window.height", format(windowHeight));
        p.setProperty("window.maximized", Boolean.toString(maximized));
        p.setProperty("map.width", Integer.toString(mapWidth));
        p.setProperty("map.height", Integer.toString(mapHeight));
        p.setProperty("map.outputScale", format(outputScale));
        AtomicFile.replace(dataDir.resolve(FILE_NAME), out -> {
            try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                p.store(w, "xems window state at the last close");
            }
        });
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}

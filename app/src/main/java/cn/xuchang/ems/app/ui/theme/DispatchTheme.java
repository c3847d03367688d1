package cn.xuchang.ems.app.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.Scene;
import javafx.scene.text.Font;

/**
 * The look of the map window: the dispatch stylesheet plus the bundled CJK font. The machines this
 * runs on may have no Chinese font at all, so the font that ships with the map engine (Droid Sans
 * Fallback, Apache-2.0) is loaded and made the UI font family.
 *
 * <p>Call on the FX thread. The font is loaded once per JVM.
 */
public final class DispatchTheme {
    /** Classpath location of the bundled CJK font (in map-layers). */
    static final String FONT_RESOURCE = "/cn/xuchang/ems/map/fonts/DroidSansFallbackFull.ttf";
    static final String STYLESHEET = "/cn/xuchang/ems/app/ui/dispatch.css";

    private static String family;

    private DispatchTheme() {
    }

    /** Adds the stylesheet to {@code scene} and sets the CJK font on its root. */
    public static void apply(Scene scene) {
        scene.getStylesheets().add(DispatchTheme.class.getResource(STYLESHEET).toExternalForm());
        scene.getRoot().setStyle("-fx-font-family: \"" + fontFamily() + "\";");
    }

    /** The family name of the bundled CJK font, loading it on first use. */
    public static synchronized String fontFamily() {
        if (family == null) {
            try (InputStream in = DispatchTheme.class.getResourceAsStream(FONT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("bundled font " + FONT_RESOURCE + " is missing from the class path");
                }
                Font font = Font.loadFont(in, 13);
                if (font == null) {
                    throw new IllegalStateException("JavaFX could not load the bundled font " + FONT_RESOURCE);
                }
                family = font.getFamily();
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + FONT_RESOURCE, e);
            }
        }
        return family;
    }
}

package cn.xuchang.ems.map.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled CJK font (Droid Sans Fallback, Apache-2.0): no Chinese font is guaranteed on the
 * machines this runs on, so labels never rely on system fonts. Loaded once, lazily; thread-safe.
 */
public final class MapFonts {

    private static final String RESOURCE = "/cn/xuchang/ems/map/fonts/DroidSansFallbackFull.ttf";

    private MapFonts() {
    }

    private static final class Holder {
        static final Font BASE = load();
    }

    private static Font load() {
        try (InputStream in = MapFonts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the class path: " + RESOURCE);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + RESOURCE, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font " + RESOURCE + " is damaged", e);
        }
    }

    /** The font at {@code sizePx} device pixels, bold (synthetic) when asked. */
    public static Font font(double sizePx, boolean bold) {
        return Holder.BASE.deriveFont(bold ? Font.BOLD : Font.PLAIN, (float) sizePx);
    }
}

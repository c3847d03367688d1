package cn.xuchang.ems.map.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;

/**
 * The bundled fonts: Droid Sans Fallback (Apache-2.0) for Chinese, DejaVu Sans (Bitstream Vera
 * licence) for Latin letters, digits and punctuation, which the CJK fallback font lacks. No font is
 * guaranteed on the machines this runs on, so map text never relies on system fonts. Java2D does no
 * font fallback for created fonts, hence {@link #layout} splits text into runs per font.
 * Loaded once, lazily; thread-safe.
 */
public final class MapFonts {

    private static final String DIR = "/cn/xuchang/ems/map/fonts/";

    private MapFonts() {
    }

    private static final class Holder {
        static final Font CJK = load("DroidSansFallbackFull.ttf");
        static final Font LATIN = load("DejaVuSans.ttf");
        static final Font LATIN_BOLD = load("DejaVuSans-Bold.ttf");
    }

    private static Font load(String file) {
        try (InputStream in = MapFonts.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the class path: " + DIR + file);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + DIR + file, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font " + DIR + file + " is damaged", e);
        }
    }

    /**
     * Loads the fonts and draws a line of mixed text once, so that parsing the 4 MB CJK font and
     * warming Java2D's text pipeline can overlap other start-up work instead of delaying the first
     * map frame. Safe to call from any thread, any number of times.
     */
    public static void preload() {
        java.awt.image.BufferedImage scratch = new java.awt.image.BufferedImage(64, 16,
                java.awt.image.BufferedImage.TYPE_INT_ARGB_PRE);
        java.awt.Graphics2D g = scratch.createGraphics();
        try {
            g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                    java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            layout("许昌市魏都区 1:250,000 km", 13, true, g.getFontRenderContext()).draw(g, 0, 12);
            layout("示例·应急避难场所 0374", 11, false, g.getFontRenderContext()).draw(g, 0, 12);
        } finally {
            g.dispose();
        }
    }

    /** The CJK font at {@code sizePx} device pixels, bold (synthetic) when asked. */
    public static Font font(double sizePx, boolean bold) {
        return Holder.CJK.deriveFont(bold ? Font.BOLD : Font.PLAIN, (float) sizePx);
    }

    /** The Latin font at {@code sizePx} device pixels. */
    public static Font latinFont(double sizePx, boolean bold) {
        return (bold ? Holder.LATIN_BOLD : Holder.LATIN).deriveFont((float) sizePx);
    }

    /** Lays out mixed Chinese/Latin text, each character in the bundled font that has it. */
    public static TextLayout layout(String text, double sizePx, boolean bold, FontRenderContext frc) {
        Font cjk = font(sizePx, bold);
        Font latin = latinFont(sizePx, bold);
        AttributedString as = new AttributedString(text);
        int runStart = 0;
        Font runFont = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Font f = cp < 0x2E80 && latin.canDisplay(cp) ? latin : cjk;
            if (runFont != null && f != runFont) {
                as.addAttribute(TextAttribute.FONT, runFont, runStart, i);
                runStart = i;
            }
            runFont = f;
            i += Character.charCount(cp);
        }
        if (runFont != null) {
            as.addAttribute(TextAttribute.FONT, runFont, runStart, text.length());
        }
        return new TextLayout(as.getIterator(), frc);
    }
}

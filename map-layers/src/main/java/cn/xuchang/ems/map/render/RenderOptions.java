package cn.xuchang.ems.map.render;

import cn.xuchang.ems.map.style.StyleSet;
import cn.xuchang.ems.map.style.Theme;
import java.util.Locale;
import java.util.Objects;

/**
 * How to render a frame. Immutable.
 *
 * @param styles      style set (light or dark theme)
 * @param scaleFactor device pixels per logical pixel (HiDPI: 2.0); the image is {@code width*scaleFactor} wide
 * @param locale      language of legend and furniture text (Chinese unless English is asked for)
 * @param labels      draw labels
 * @param furniture   draw legend, scale bar and north arrow (the window shows its own legend; {@code xems render} wants them)
 */
public record RenderOptions(StyleSet styles, double scaleFactor, Locale locale, boolean labels, boolean furniture) {

    public RenderOptions {
        Objects.requireNonNull(styles, "styles");
        Objects.requireNonNull(locale, "locale");
        if (!(scaleFactor >= 0.5 && scaleFactor <= 4)) {
            throw new IllegalArgumentException("scale factor must be within 0.5..4, got " + scaleFactor);
        }
    }

    /** Light theme, scale 1, Chinese, labels on, furniture on. */
    public static RenderOptions defaults() {
        return new RenderOptions(StyleSet.bundled(Theme.LIGHT), 1.0, Locale.SIMPLIFIED_CHINESE, true, true);
    }

    /** A copy with another style set. */
    public RenderOptions withStyles(StyleSet s) {
        return new RenderOptions(s, scaleFactor, locale, labels, furniture);
    }

    /** A copy with another scale factor. */
    public RenderOptions withScaleFactor(double f) {
        return new RenderOptions(styles, f, locale, labels, furniture);
    }

    /** A copy with another language. */
    public RenderOptions withLocale(Locale l) {
        return new RenderOptions(styles, scaleFactor, l, labels, furniture);
    }

    /** A copy with furniture on or off. */
    public RenderOptions withFurniture(boolean on) {
        return new RenderOptions(styles, scaleFactor, locale, labels, on);
    }

    /** A copy with labels on or off. */
    public RenderOptions withLabels(boolean on) {
        return new RenderOptions(styles, scaleFactor, locale, on, furniture);
    }
}

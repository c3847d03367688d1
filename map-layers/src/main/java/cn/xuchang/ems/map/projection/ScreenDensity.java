package cn.xuchang.ems.map.projection;

/**
 * How many pixels a screen shows per inch: what turns a ground resolution (metres per pixel) into a
 * map scale 1 : n and back. The status bar, the layer scale ranges and the printed scale of a
 * rendered image all convert through this one class, so "1:25,000" means the same everywhere.
 * Immutable and thread-safe.
 *
 * @param dpi logical pixels per inch, &gt; 0 (JavaFX reports the screen's; 96 is the desktop norm)
 */
public record ScreenDensity(double dpi) {
    /** Metres per inch. */
    public static final double METRES_PER_INCH = 0.0254;
    /** The common desktop density, used where no screen is at hand (images rendered from the command line). */
    public static final ScreenDensity STANDARD = new ScreenDensity(96);

    public ScreenDensity {
        if (!(dpi > 0) || !Double.isFinite(dpi)) {
            throw new IllegalArgumentException("screen density must be > 0 dots per inch, got " + dpi);
        }
    }

    /** The scale denominator n of 1 : n at a ground resolution of {@code metresPerPixel}. */
    public double scaleDenominator(double metresPerPixel) {
        return metresPerPixel * dpi / METRES_PER_INCH;
    }

    /** The ground resolution (metres per pixel) at which the map shows the scale 1 : {@code denominator}. */
    public double metresPerPixel(double denominator) {
        return denominator * METRES_PER_INCH / dpi;
    }
}

package cn.xuchang.ems.app.ui.layers;

import cn.xuchang.ems.map.layer.Layer;
import cn.xuchang.ems.map.projection.ScreenDensity;

/**
 * A layer's scale range in the terms QGIS uses: the layer is drawn from the minimum scale
 * 1:{@code minimumScale} (the farthest out, the larger denominator) to the maximum scale
 * 1:{@code maximumScale} (the closest in); 0 on either side means no limit there. The engine keeps
 * the range in metres per pixel; {@link ScreenDensity} converts, the same way the status bar does.
 *
 * @param minimumScale denominator of the zoomed-out limit, or 0
 * @param maximumScale denominator of the zoomed-in limit, or 0
 */
public record ScaleRange(double minimumScale, double maximumScale) {
    /** Drawn at every scale. */
    public static final ScaleRange ANY = new ScaleRange(0, 0);

    public ScaleRange {
        if (!(minimumScale >= 0) || !(maximumScale >= 0) || Double.isInfinite(minimumScale) || Double.isInfinite(maximumScale)) {
            throw new IllegalArgumentException("scale denominators must be finite and >= 0, got 1:" + minimumScale
                    + " and 1:" + maximumScale);
        }
        if (minimumScale > 0 && maximumScale > 0 && minimumScale < maximumScale) {
            throw new IllegalArgumentException("the minimum scale 1:" + minimumScale
                    + " must not be finer than the maximum scale 1:" + maximumScale);
        }
    }

    /** The range {@code layer} has now, in scale denominators on a screen of {@code density}. */
    public static ScaleRange of(Layer layer, ScreenDensity density) {
        double out = layer.maxResolution();
        double in = layer.minResolution();
        return new ScaleRange(Double.isInfinite(out) ? 0 : density.scaleDenominator(out),
                in > 0 ? density.scaleDenominator(in) : 0);
    }

    /** Sets this range on {@code layer} (in metres per pixel on a screen of {@code density}). */
    public void applyTo(Layer layer, ScreenDensity density) {
        layer.setResolutionRange(maximumScale > 0 ? density.metresPerPixel(maximumScale) : 0,
                minimumScale > 0 ? density.metresPerPixel(minimumScale) : Double.POSITIVE_INFINITY);
    }

    /** Whether either side has a limit. */
    public boolean limited() {
        return minimumScale > 0 || maximumScale > 0;
    }
}

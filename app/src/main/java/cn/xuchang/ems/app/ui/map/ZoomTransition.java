package cn.xuchang.ems.app.ui.map;

import cn.xuchang.ems.map.projection.Viewport;

/**
 * One smooth zoom step, as a function of time: from {@code start} to the resolution
 * {@code targetMetresPerPixel}, always keeping the map point under the screen position
 * ({@code anchorX}, {@code anchorY}) where it is. The resolution moves geometrically (equal ratios
 * in equal times, so zooming in and out feel alike) and eases out. Immutable.
 *
 * @param start                the view when the step began
 * @param anchorX              screen x that stays on the same map point (the cursor)
 * @param anchorY              screen y that stays on the same map point
 * @param targetMetresPerPixel the resolution at the end, clamped to what a viewport allows
 */
public record ZoomTransition(Viewport start, double anchorX, double anchorY, double targetMetresPerPixel) {

    public ZoomTransition {
        if (start == null) {
            throw new IllegalArgumentException("a zoom step needs a view to start from");
        }
        if (!(targetMetresPerPixel > 0) || !Double.isFinite(targetMetresPerPixel)) {
            throw new IllegalArgumentException("target metres per pixel must be > 0, got " + targetMetresPerPixel);
        }
        targetMetresPerPixel = Viewport.clampResolution(targetMetresPerPixel);
    }

    /** A step zooming {@code start} by {@code factor} (&gt; 1 zooms in) at the screen position (x, y). */
    public static ZoomTransition zoomBy(Viewport start, double factor, double x, double y) {
        if (!(factor > 0) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("zoom factor must be > 0, got " + factor);
        }
        return new ZoomTransition(start, x, y, start.metresPerPixel() / factor);
    }

    /**
     * Another notch while this step runs: the new step starts from {@code current} (the view on
     * screen now) and heads for this step's target zoomed further by {@code factor}, so notches
     * accumulate; it keeps the map point under (x, y), the cursor of the new notch, fixed.
     */
    public ZoomTransition andThen(Viewport current, double factor, double x, double y) {
        if (!(factor > 0) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("zoom factor must be > 0, got " + factor);
        }
        return new ZoomTransition(current, x, y, targetMetresPerPixel / factor);
    }

    /** The share of the way in resolution (log scale) at time {@code t} (0..1): fast first, gentle landing. */
    static double eased(double t) {
        double rest = 1 - Math.max(0, Math.min(1, t));
        return 1 - rest * rest * rest;
    }

    /** The view at time {@code t} (0: start, 1 and later: the end); the anchor's map point never moves. */
    public Viewport at(double t) {
        double mpp = t >= 1 ? targetMetresPerPixel
                : start.metresPerPixel() * Math.pow(targetMetresPerPixel / start.metresPerPixel(), eased(t));
        return anchoredAt(mpp);
    }

    /** The view at the end of the step, with the target resolution exactly. */
    public Viewport end() {
        return at(1);
    }

    private Viewport anchoredAt(double mpp) {
        double mx = start.mapX(anchorX);
        double my = start.mapY(anchorY);
        double cx = mx - (anchorX - start.width() / 2.0) * mpp;
        double cy = my + (anchorY - start.height() / 2.0) * mpp;
        return new Viewport(cx, cy, mpp, start.width(), start.height());
    }
}

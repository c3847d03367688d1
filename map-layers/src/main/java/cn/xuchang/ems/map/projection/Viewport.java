package cn.xuchang.ems.map.projection;

import cn.xuchang.ems.data.crs.GaussKruger;
import cn.xuchang.ems.data.domain.LonLat;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import org.locationtech.jts.geom.Envelope;

/**
 * What the map shows: a centre in EPSG:4547 metres (easting, northing), a resolution in metres per
 * pixel and a size in pixels. Screen y grows downwards, northing upwards. Immutable and thread-safe;
 * every change returns a new viewport.
 *
 * <p>Pixels here are logical (device-independent) pixels; a HiDPI render multiplies by its scale
 * factor when it rasterises, the viewport itself does not change.
 *
 * @param centreX        easting of the view centre, metres
 * @param centreY        northing of the view centre, metres
 * @param metresPerPixel ground resolution, &gt; 0
 * @param width          view width in pixels, &gt; 0
 * @param height         view height in pixels, &gt; 0
 */
public record Viewport(double centreX, double centreY, double metresPerPixel, int width, int height) {

    /** Finest resolution the map zooms to (a few centimetres per pixel is pointless for this data). */
    public static final double MIN_METRES_PER_PIXEL = 0.05;
    /** Coarsest resolution: whole provinces, beyond which nothing useful is drawn. */
    public static final double MAX_METRES_PER_PIXEL = 5_000;

    public Viewport {
        if (!Double.isFinite(centreX) || !Double.isFinite(centreY)) {
            throw new IllegalArgumentException("viewport centre must be finite, got " + centreX + ", " + centreY);
        }
        if (!(metresPerPixel > 0) || !Double.isFinite(metresPerPixel)) {
            throw new IllegalArgumentException("metres per pixel must be > 0, got " + metresPerPixel);
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("viewport size must be positive, got " + width + "x" + height);
        }
    }

    /** A viewport of {@code width}x{@code height} px showing {@code env} (EPSG:4547 metres) whole, with a margin in pixels. */
    public static Viewport fit(Envelope env, int width, int height, int marginPx) {
        if (env == null || env.isNull()) {
            throw new IllegalArgumentException("cannot fit an empty envelope");
        }
        double usableW = Math.max(1, width - 2.0 * marginPx);
        double usableH = Math.max(1, height - 2.0 * marginPx);
        double mpp = Math.max(env.getWidth() / usableW, env.getHeight() / usableH);
        mpp = clampResolution(mpp > 0 ? mpp : 1.0);
        return new Viewport(env.centre().x, env.centre().y, mpp, width, height);
    }

    /**
     * A viewport showing a lon/lat box (CGCS2000 degrees) whole: the box's edges are projected to
     * EPSG:4547 point by point (they curve there) and the projected envelope is fitted.
     */
    public static Viewport fitLonLat(Envelope lonLat, int width, int height, int marginPx) {
        Envelope projected = new Envelope();
        double[] xy = new double[2];
        int steps = 16;
        for (int i = 0; i <= steps; i++) {
            double t = i / (double) steps;
            double lon = lonLat.getMinX() + t * lonLat.getWidth();
            double lat = lonLat.getMinY() + t * lonLat.getHeight();
            for (double[] p : new double[][] {{lon, lonLat.getMinY()}, {lon, lonLat.getMaxY()},
                    {lonLat.getMinX(), lat}, {lonLat.getMaxX(), lat}}) {
                GaussKruger.CM_114E.forward(p[0], p[1], xy);
                projected.expandToInclude(xy[0], xy[1]);
            }
        }
        return fit(projected, width, height, marginPx);
    }

    /** A viewport centred on a lon/lat position (CGCS2000), projected through EPSG:4547. */
    public static Viewport centredOn(LonLat centre, double metresPerPixel, int width, int height) {
        double[] xy = GaussKruger.CM_114E.forward(centre);
        return new Viewport(xy[0], xy[1], metresPerPixel, width, height);
    }

    /** Same view fitted to another envelope, keeping the pixel size. */
    public Viewport fit(Envelope env, int marginPx) {
        return fit(env, width, height, marginPx);
    }

    /** Screen x of an easting. */
    public double screenX(double x) {
        return (x - centreX) / metresPerPixel + width / 2.0;
    }

    /** Screen y of a northing. */
    public double screenY(double y) {
        return (centreY - y) / metresPerPixel + height / 2.0;
    }

    /** Easting under screen x. */
    public double mapX(double sx) {
        return centreX + (sx - width / 2.0) * metresPerPixel;
    }

    /** Northing under screen y. */
    public double mapY(double sy) {
        return centreY - (sy - height / 2.0) * metresPerPixel;
    }

    /** Screen position of a map position (EPSG:4547 metres). */
    public Point2D.Double toScreen(double x, double y) {
        return new Point2D.Double(screenX(x), screenY(y));
    }

    /** Map position (EPSG:4547 metres) under a screen position. */
    public Point2D.Double toMap(double sx, double sy) {
        return new Point2D.Double(mapX(sx), mapY(sy));
    }

    /** CGCS2000 lon/lat under a screen position. */
    public LonLat toLonLat(double sx, double sy) {
        return GaussKruger.CM_114E.inverse(mapX(sx), mapY(sy));
    }

    /** Screen position of a CGCS2000 lon/lat position. */
    public Point2D.Double toScreen(LonLat p) {
        double[] xy = GaussKruger.CM_114E.forward(p);
        return toScreen(xy[0], xy[1]);
    }

    /** The map-to-screen transform (for Java2D shapes in EPSG:4547 metres). */
    public AffineTransform mapToScreen() {
        double s = 1.0 / metresPerPixel;
        // x' = (x - cx) * s + w/2 ; y' = (cy - y) * s + h/2
        return new AffineTransform(s, 0, 0, -s, width / 2.0 - centreX * s, height / 2.0 + centreY * s);
    }

    /** The map area on screen, EPSG:4547 metres. */
    public Envelope envelope() {
        double hw = width / 2.0 * metresPerPixel;
        double hh = height / 2.0 * metresPerPixel;
        return new Envelope(centreX - hw, centreX + hw, centreY - hh, centreY + hh);
    }

    /**
     * Zooms by {@code factor} (&gt; 1 zooms in) keeping the map point under screen position
     * ({@code sx}, {@code sy}) where it is: what a wheel step at the cursor does. The resolution is
     * clamped to [{@link #MIN_METRES_PER_PIXEL}, {@link #MAX_METRES_PER_PIXEL}].
     */
    public Viewport zoomAt(double factor, double sx, double sy) {
        if (!(factor > 0) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("zoom factor must be > 0, got " + factor);
        }
        double newMpp = clampResolution(metresPerPixel / factor);
        double mx = mapX(sx);
        double my = mapY(sy);
        double cx = mx - (sx - width / 2.0) * newMpp;
        double cy = my + (sy - height / 2.0) * newMpp;
        return new Viewport(cx, cy, newMpp, width, height);
    }

    /** Zooms by {@code factor} about the view centre. */
    public Viewport zoom(double factor) {
        return zoomAt(factor, width / 2.0, height / 2.0);
    }

    /**
     * Moves the map content by ({@code dx}, {@code dy}) screen pixels, as a drag does: the map point
     * that was at (sx, sy) is afterwards at (sx + dx, sy + dy).
     */
    public Viewport pan(double dx, double dy) {
        return new Viewport(centreX - dx * metresPerPixel, centreY + dy * metresPerPixel, metresPerPixel, width, height);
    }

    /** Same centre and resolution, another pixel size (window resized). */
    public Viewport withSize(int newWidth, int newHeight) {
        return new Viewport(centreX, centreY, metresPerPixel, newWidth, newHeight);
    }

    /** Same size and resolution, centred on a map position. */
    public Viewport withCentre(double x, double y) {
        return new Viewport(x, y, metresPerPixel, width, height);
    }

    /** Same centre and size, another resolution (clamped). */
    public Viewport withResolution(double mpp) {
        return new Viewport(centreX, centreY, clampResolution(mpp), width, height);
    }

    /** Map scale denominator (1 : n) on a screen of {@code dpi} dots per inch. */
    public double scaleDenominator(double dpi) {
        return new ScreenDensity(dpi).scaleDenominator(metresPerPixel);
    }

    /** {@code mpp} limited to [{@link #MIN_METRES_PER_PIXEL}, {@link #MAX_METRES_PER_PIXEL}]: the resolutions a view may have. */
    public static double clampResolution(double mpp) {
        return Math.max(MIN_METRES_PER_PIXEL, Math.min(MAX_METRES_PER_PIXEL, mpp));
    }
}

package cn.xuchang.ems.map.index;

/**
 * Geodesic distance and initial bearing on the CGCS2000 ellipsoid computed from EPSG:4547 coordinates
 * (Gauss-Krüger, central meridian 114°E, scale 1 on it), without leaving the plane: a fast stand-in for
 * GeographicLib's inverse problem for pairs the grid already holds in metres.
 *
 * <p>How: the geodesic distance is the planar distance divided by the line scale factor, the point
 * scale k = 1 + u + u²/6 (u = x²/(2ρν), x the offset from the central meridian, ρν at the footpoint
 * latitude) averaged along the chord by Simpson's rule (1/k at both ends and the midpoint). The bearing
 * is the grid bearing of the chord plus the meridian convergence at the start (TM series to x⁵) plus
 * the arc-to-chord angle (y₂−y₁)(2x₁+x₂)/(6ρν).
 *
 * <p>Error bound, valid for both points within {@link ProjectionArea} and a distance up to
 * {@link #MAX_DISTANCE_M}: |s − ŝ| ≤ {@link #RELATIVE_ERROR}·ŝ + {@link #ABSOLUTE_ERROR_M}, and the
 * bearing within {@link #BEARING_ERROR_DEG} (pairs closer than a metre excepted, where a bearing means
 * little). Shown by {@code GaussKrugerDistanceTest} against GeographicLib on random pairs over the whole
 * area, across the zone edges; beyond the range {@link #distance} returns NaN and callers use
 * GeographicLib.
 *
 * <p>An instance holds one origin. Immutable and thread-safe.
 */
public final class GaussKrugerDistance {

    /** Longest pair the bound is shown for, metres. */
    public static final double MAX_DISTANCE_M = 150_000;
    /** Bound on the relative distance error; the largest measured is 3.9e-8 (see the test). */
    public static final double RELATIVE_ERROR = 1e-6;
    /** Bound on the absolute distance error, metres (projection rounding on very short pairs). */
    public static final double ABSOLUTE_ERROR_M = 1e-3;
    /** Bound on the bearing error for pairs at least a metre apart, degrees; the largest measured is 1.9e-5. */
    public static final double BEARING_ERROR_DEG = 1e-3;

    // CGCS2000 = GRS 80 ellipsoid
    private static final double A = 6_378_137.0;
    private static final double F = 1 / 298.257222101;
    private static final double E2 = F * (2 - F);
    private static final double EP2 = E2 / (1 - E2);
    private static final double MAX_D2 = MAX_DISTANCE_M * MAX_DISTANCE_M;

    private final double x1;
    private final double y1;
    /** 1/(ρν) at the origin's footpoint latitude, and its derivative with northing. */
    private final double invRhoNu;
    private final double invRhoNuPerM;
    /** Meridian convergence at the origin, radians. */
    private final double convergence;

    private GaussKrugerDistance(double x1, double y1, double invRhoNu, double invRhoNuPerM, double convergence) {
        this.x1 = x1;
        this.y1 = y1;
        this.invRhoNu = invRhoNu;
        this.invRhoNuPerM = invRhoNuPerM;
        this.convergence = convergence;
    }

    /** Distances and bearings from the origin at EPSG:4547 (easting, northing), metres. */
    public static GaussKrugerDistance from(double easting, double northing) {
        double x = easting - ProjectionArea.FALSE_EASTING;
        double phi = footpointLatitude(northing);
        double s = Math.sin(phi);
        double c = Math.cos(phi);
        double t = s / c;
        double w = 1 - E2 * s * s;
        double nu = A / Math.sqrt(w);
        double rho = A * (1 - E2) / (w * Math.sqrt(w));
        double eta2 = EP2 * c * c;
        double inv = 1 / (rho * nu);
        // d(1/ρν)/dφ = −4e²·sinφ·cosφ·w/(a²(1−e²)), and dφ/dy = 1/ρ on the central meridian
        double perM = -4 * E2 * s * c * w / (A * A * (1 - E2)) / rho;
        double q = x / nu;
        double q2 = q * q;
        double gamma = q * t * (1 - q2 / 3 * (1 + t * t - eta2 - 2 * eta2 * eta2)
                + q2 * q2 / 15 * (2 + 5 * t * t + 3 * t * t * t * t));
        return new GaussKrugerDistance(x, northing, inv, perM, gamma);
    }

    /**
     * Geodesic distance in metres from the origin to (easting, northing), or NaN when the pair is
     * farther apart than {@link #MAX_DISTANCE_M} in the plane (use GeographicLib then).
     */
    public double distance(double easting, double northing) {
        double x2 = easting - ProjectionArea.FALSE_EASTING;
        double dx = x2 - x1;
        double dy = northing - y1;
        double d2 = dx * dx + dy * dy;
        if (d2 > MAX_D2) {
            return Double.NaN;
        }
        double inverseLineScale = (1 / scale(x1, 0) + 4 / scale(0.5 * (x1 + x2), 0.5 * dy)
                + 1 / scale(x2, dy)) / 6;
        return Math.sqrt(d2) * inverseLineScale;
    }

    /** Initial bearing of the geodesic from the origin to (easting, northing), degrees clockwise from north in [0, 360). */
    public double bearing(double easting, double northing) {
        double x2 = easting - ProjectionArea.FALSE_EASTING;
        double dx = x2 - x1;
        double dy = northing - y1;
        double arcToChord = dy * (2 * x1 + x2) / 6 * (invRhoNu + invRhoNuPerM * dy / 2);
        double deg = Math.toDegrees(Math.atan2(dx, dy) + convergence + arcToChord);
        deg %= 360;
        return deg < 0 ? deg + 360 : deg;
    }

    /** Point scale at offset x from the central meridian, dy metres north of the origin. */
    private double scale(double x, double dy) {
        double u = 0.5 * x * x * (invRhoNu + invRhoNuPerM * dy);
        return 1 + u * (1 + u / 6);
    }

    /** Latitude whose meridian arc equals the northing (Snyder's series, well below 1e-9 rad here). */
    private static double footpointLatitude(double northing) {
        double mu = northing / (A * (1 - E2 / 4 - 3 * E2 * E2 / 64 - 5 * E2 * E2 * E2 / 256));
        double r = Math.sqrt(1 - E2);
        double e1 = (1 - r) / (1 + r);
        double e12 = e1 * e1;
        return mu + (1.5 * e1 - 27.0 / 32 * e1 * e12) * Math.sin(2 * mu)
                + (21.0 / 16 * e12 - 55.0 / 32 * e12 * e12) * Math.sin(4 * mu)
                + 151.0 / 96 * e1 * e12 * Math.sin(6 * mu)
                + 1097.0 / 512 * e12 * e12 * Math.sin(8 * mu);
    }
}

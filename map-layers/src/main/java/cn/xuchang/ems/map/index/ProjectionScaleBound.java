package cn.xuchang.ems.map.index;

/**
 * How far a planar distance in EPSG:4547 (Gauss-Krüger, central meridian 114°E, scale 1 on the
 * central meridian) may differ from the geodesic distance on the CGCS2000 ellipsoid, for points
 * whose easting lies within {@code halfWidthM} of the central meridian.
 *
 * <p>Why the bound holds: the transverse Mercator point scale k is 1 on the central meridian and
 * grows with the distance x from it, k = 1 + x²/(2ρν) + x⁴/(24ρ²ν²) + … ≥ 1. (a) The image of the
 * geodesic is a plane curve of length ∫k ds ≥ s, and the straight segment is shorter still, so the
 * planar distance d ≤ ∫k ds ≤ k_max·s. (b) The pre-image of the straight segment is a curve on the
 * ellipsoid of length ∫ dl/k ≤ d, and the geodesic is no longer, so s ≤ d. Hence
 * {@code s ≤ d ≤ k_max·s}. With ρν ≥ a(1−e²)·a > R² for R = 6 335 000 m, u = x²/(2R²) bounds the
 * second-order term and u² (≥ 6× the fourth-order one) covers the rest. A pad of 1e-6·d + 5 cm
 * absorbs proj4j's series error (sub-millimetre within 3° of the central meridian) and rounding.
 * Near Xuchang (|x| ≤ 100 km) k_max − 1 ≈ 1.3e-4: 13 cm per kilometre.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxScale k_max, the largest point scale in the band
 */
public record ProjectionScaleBound(double maxScale) {

    private static final double R = 6_335_000.0;
    private static final double RELATIVE_PAD = 1e-6;
    private static final double ABSOLUTE_PAD_M = 0.05;
    /** Slack for the geodesic bulging sideways beyond the band its end points lie in. */
    private static final double BULGE_M = 1_000.0;

    /** The bound for a band of half-width {@code halfWidthM} metres around the central meridian. */
    public static ProjectionScaleBound forHalfWidth(double halfWidthM) {
        double x = Math.abs(halfWidthM) + BULGE_M;
        double u = x * x / (2 * R * R);
        return new ProjectionScaleBound(1 + u + u * u);
    }

    /**
     * The largest planar distance a pair may have while its geodesic distance is at most {@code geodesicM}:
     * anything farther in the plane is farther on the ellipsoid too.
     */
    public double planarReach(double geodesicM) {
        double d = maxScale * geodesicM;
        return d + RELATIVE_PAD * d + ABSOLUTE_PAD_M;
    }

    /**
     * True when a planar distance alone proves the geodesic distance is within {@code limitM}
     * (since s ≤ d, less the pad for rounding).
     */
    public boolean surelyWithin(double planarM, double limitM) {
        return planarM + RELATIVE_PAD * planarM + ABSOLUTE_PAD_M <= limitM;
    }
}

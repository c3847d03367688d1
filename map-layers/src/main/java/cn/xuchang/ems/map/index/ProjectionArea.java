package cn.xuchang.ems.map.index;

/**
 * Where EPSG:4547 coordinates are trusted for pruning: within 3° of its central meridian (114°E),
 * the width of its own zone twice over. Positions outside are kept out of the grids and searched
 * exhaustively with exact geodesics, so answers stay right for data far from Xuchang, only slower.
 */
public final class ProjectionArea {

    /** Central meridian of EPSG:4547. */
    public static final double CENTRAL_MERIDIAN = 114.0;
    /** False easting of EPSG:4547 in metres. */
    public static final double FALSE_EASTING = 500_000.0;
    private static final double MAX_LON_OFFSET = 3.0;
    private static final double MAX_ABS_LAT = 60.0;

    private ProjectionArea() {
    }

    /** True when the position may be projected and pruned with {@link ProjectionScaleBound}. */
    public static boolean contains(double lon, double lat) {
        return Math.abs(lon - CENTRAL_MERIDIAN) <= MAX_LON_OFFSET && Math.abs(lat) <= MAX_ABS_LAT;
    }
}

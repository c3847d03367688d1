package cn.xuchang.ems.data.crs;

/**
 * The coordinate system a source is taken to be in.
 *
 * @param crs          the system
 * @param axesSwapped  true when the file gives northing before easting (EPSG axis order of the
 *                     Gauss-Krüger systems; Chinese survey tables label northing "X")
 * @param detected     true when found from the coordinates, false when declared
 * @param reason       why, in words for the report
 */
public record CrsGuess(Crs crs, boolean axesSwapped, boolean detected, String reason) {
}

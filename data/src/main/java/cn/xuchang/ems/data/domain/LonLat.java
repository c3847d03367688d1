package cn.xuchang.ems.data.domain;

/**
 * A position in CGCS2000 geographic coordinates (EPSG:4490), longitude first, in degrees.
 * WGS84 positions are accepted as the same thing: the two differ by centimetres.
 */
public record LonLat(double lon, double lat) {

    public LonLat {
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("longitude out of range [-180, 180]: " + lon);
        }
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new IllegalArgumentException("latitude out of range [-90, 90]: " + lat);
        }
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.6f,%.6f", lon, lat);
    }
}

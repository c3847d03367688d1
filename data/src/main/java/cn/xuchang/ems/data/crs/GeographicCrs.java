package cn.xuchang.ems.data.crs;

import java.util.OptionalInt;

/**
 * Longitude/latitude on CGCS2000 (EPSG:4490) or WGS84 (EPSG:4326). The two realisations differ by
 * a few centimetres, far below the accuracy of the office's data, so no shift is applied.
 */
public record GeographicCrs(int code, String description) implements Crs {

    /** CGCS2000 geographic, the storage system. */
    public static final GeographicCrs CGCS2000 = new GeographicCrs(4490, "CGCS2000 lon/lat");
    /** WGS84 geographic (GPS). */
    public static final GeographicCrs WGS84 = new GeographicCrs(4326, "WGS84 lon/lat");

    @Override
    public String id() {
        return "EPSG:" + code;
    }

    @Override
    public OptionalInt epsg() {
        return OptionalInt.of(code);
    }

    @Override
    public boolean geographic() {
        return true;
    }

    @Override
    public void toCgcs2000(double x, double y, double[] out) {
        out[0] = x;
        out[1] = y;
    }

    @Override
    public void fromCgcs2000(double lon, double lat, double[] out) {
        out[0] = lon;
        out[1] = lat;
    }
}

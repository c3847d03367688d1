package cn.xuchang.ems.data.crs;

import cn.xuchang.ems.data.domain.LonLat;

/**
 * The offset coordinate systems of Chinese web maps. Data in them must be converted on import and
 * never mixed with CGCS2000/WGS84 data; the published forward formulas are exact, the inverses are
 * solved by fixed-point iteration to well below a centimetre.
 */
public enum OffsetDatum {
    /** GCJ-02 ("Mars coordinates"): AMap, Tencent, Google China. */
    GCJ02("GCJ-02"),
    /** BD-09: Baidu maps (GCJ-02 plus a further offset). */
    BD09("BD-09");

    private static final double A = 6378245.0;
    private static final double EE = 0.00669342162296594323;
    private static final double X_PI = Math.PI * 3000.0 / 180.0;
    private static final double TOLERANCE_DEG = 1e-10;

    private final String label;

    OffsetDatum(String label) {
        this.label = label;
    }

    /** The name used in provenance records, e.g. "GCJ-02". */
    public String label() {
        return label;
    }

    /** Converts a WGS84/CGCS2000 position into this offset system. */
    public LonLat fromWgs84(LonLat p) {
        LonLat gcj = wgsToGcj(p);
        return this == GCJ02 ? gcj : gcjToBd(gcj);
    }

    /** Converts a position given in this offset system back to WGS84/CGCS2000. */
    public LonLat toWgs84(LonLat p) {
        double lon = p.lon();
        double lat = p.lat();
        // Fixed point: find w with fromWgs84(w) == p. The offset is smooth and small, so this converges in a few steps.
        for (int i = 0; i < 30; i++) {
            LonLat f = fromWgs84(new LonLat(lon, lat));
            double dLon = f.lon() - p.lon();
            double dLat = f.lat() - p.lat();
            lon -= dLon;
            lat -= dLat;
            if (Math.abs(dLon) < TOLERANCE_DEG && Math.abs(dLat) < TOLERANCE_DEG) {
                break;
            }
        }
        return new LonLat(lon, lat);
    }

    /** True where the offset is applied: the published formulas leave points outside China unchanged. */
    public static boolean appliesAt(double lon, double lat) {
        return lon >= 72.004 && lon <= 137.8347 && lat >= 0.8293 && lat <= 55.8271;
    }

    private static LonLat wgsToGcj(LonLat p) {
        double lon = p.lon();
        double lat = p.lat();
        if (!appliesAt(lon, lat)) {
            return p;
        }
        double dLat = offsetLat(lon - 105.0, lat - 35.0);
        double dLon = offsetLon(lon - 105.0, lat - 35.0);
        double radLat = lat / 180.0 * Math.PI;
        double magic = Math.sin(radLat);
        magic = 1 - EE * magic * magic;
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new LonLat(lon + dLon, lat + dLat);
    }

    private static LonLat gcjToBd(LonLat p) {
        double x = p.lon();
        double y = p.lat();
        double z = Math.sqrt(x * x + y * y) + 0.00002 * Math.sin(y * X_PI);
        double theta = Math.atan2(y, x) + 0.000003 * Math.cos(x * X_PI);
        return new LonLat(z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006);
    }

    private static double offsetLat(double x, double y) {
        double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return ret;
    }

    private static double offsetLon(double x, double y) {
        double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return ret;
    }
}

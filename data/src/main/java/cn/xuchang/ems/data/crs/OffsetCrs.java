package cn.xuchang.ems.data.crs;

import cn.xuchang.ems.data.domain.LonLat;
import java.util.OptionalInt;

/** Lon/lat in one of the offset systems of Chinese web maps (GCJ-02, BD-09), see {@link OffsetDatum}. */
public record OffsetCrs(OffsetDatum datum) implements Crs {

    /** AMap/Tencent coordinates. */
    public static final OffsetCrs GCJ02 = new OffsetCrs(OffsetDatum.GCJ02);
    /** Baidu coordinates. */
    public static final OffsetCrs BD09 = new OffsetCrs(OffsetDatum.BD09);

    @Override
    public String id() {
        return datum.label();
    }

    @Override
    public String description() {
        return datum.label() + " lon/lat (offset web-map coordinates)";
    }

    @Override
    public OptionalInt epsg() {
        return OptionalInt.empty();
    }

    @Override
    public boolean geographic() {
        return true;
    }

    @Override
    public void toCgcs2000(double x, double y, double[] out) {
        LonLat p = datum.toWgs84(new LonLat(x, y));
        out[0] = p.lon();
        out[1] = p.lat();
    }

    @Override
    public void fromCgcs2000(double lon, double lat, double[] out) {
        LonLat p = datum.fromWgs84(new LonLat(lon, lat));
        out[0] = p.lon();
        out[1] = p.lat();
    }
}

package cn.xuchang.ems.data.io;

import cn.xuchang.ems.data.crs.Crs;
import cn.xuchang.ems.data.crs.GeographicCrs;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How to write an export.
 *
 * @param crs     target coordinate system (default CGCS2000 lon/lat)
 * @param charset text encoding for formats that let us choose (CSV, DBF); UTF-8 by default
 */
public record ExportOptions(Crs crs, Charset charset) {
    public ExportOptions {
        Objects.requireNonNull(crs, "crs");
        Objects.requireNonNull(charset, "charset");
    }

    /** CGCS2000 lon/lat, UTF-8. */
    public static ExportOptions defaults() {
        return new ExportOptions(GeographicCrs.CGCS2000, StandardCharsets.UTF_8);
    }
}

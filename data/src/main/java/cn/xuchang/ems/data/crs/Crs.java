package cn.xuchang.ems.data.crs;

import cn.xuchang.ems.data.domain.LonLat;
import java.util.OptionalInt;

/**
 * A coordinate reference system that data can come in or go out in. Coordinates are always handled
 * as (x, y) = (longitude, latitude) or (easting, northing), whatever the authority's axis order;
 * readers that meet northing-first data swap before calling.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Crs permits GeographicCrs, ProjectedCrs, OffsetCrs {

    /** Stable identifier stored in provenance, e.g. {@code EPSG:4490}, {@code EPSG:4547}, {@code GCJ-02}. */
    String id();

    /** Human-readable name for reports. */
    String description();

    /** The EPSG code, when the system has one (offset systems do not). */
    OptionalInt epsg();

    /** True when x/y are degrees of longitude/latitude. */
    boolean geographic();

    /** Converts (x, y) in this system into CGCS2000 lon/lat degrees, written into {@code out}. */
    void toCgcs2000(double x, double y, double[] out);

    /** Converts CGCS2000 lon/lat degrees into (x, y) in this system, written into {@code out}. */
    void fromCgcs2000(double lon, double lat, double[] out);

    /** Convenience form of {@link #toCgcs2000(double, double, double[])}. */
    default LonLat toLonLat(double x, double y) {
        double[] out = new double[2];
        toCgcs2000(x, y, out);
        return new LonLat(out[0], out[1]);
    }
}

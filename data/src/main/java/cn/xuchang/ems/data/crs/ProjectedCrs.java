package cn.xuchang.ems.data.crs;

import java.util.OptionalInt;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.proj.Projection;

/**
 * A projected system from proj4j's EPSG registry: the CGCS2000 Gauss-Krüger zones (EPSG:4491-4554,
 * with or without zone prefix) and Web Mercator (EPSG:3857). The datum shift to CGCS2000 is taken as
 * zero (GRS80/WGS84 realisations agree to centimetres). x = easting, y = northing.
 */
public final class ProjectedCrs implements Crs {
    private static final CRSFactory FACTORY = new CRSFactory();
    private static final java.util.Map<Integer, ProjectedCrs> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private final int code;
    private final String description;
    private final Projection projection;

    private ProjectedCrs(int code, String description, Projection projection) {
        this.code = code;
        this.description = description;
        this.projection = projection;
    }

    /** Loads EPSG:{@code code}; fails with a clear message for unknown or geographic codes. */
    public static ProjectedCrs ofEpsg(int code) {
        ProjectedCrs cached = CACHE.get(code);
        if (cached != null) {
            return cached;
        }
        ProjectedCrs created = load(code);
        CACHE.put(code, created);
        return created;
    }

    private static ProjectedCrs load(int code) {
        CoordinateReferenceSystem crs;
        try {
            crs = FACTORY.createFromName("EPSG:" + code);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("EPSG:" + code + " is not a known coordinate system", e);
        }
        if (crs.isGeographic() || crs.getProjection() == null) {
            throw new IllegalArgumentException("EPSG:" + code + " is not a projected coordinate system");
        }
        return new ProjectedCrs(code, crs.getName() + " (" + crs.getParameterString().trim() + ")", crs.getProjection());
    }

    /** False easting of the projection in metres; zone-prefixed Gauss-Krüger zones carry the zone number here. */
    public double falseEasting() {
        return projection.getFalseEasting();
    }

    @Override
    public String id() {
        return "EPSG:" + code;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public OptionalInt epsg() {
        return OptionalInt.of(code);
    }

    @Override
    public boolean geographic() {
        return false;
    }

    @Override
    public void toCgcs2000(double x, double y, double[] out) {
        ProjCoordinate dst = new ProjCoordinate();
        projection.inverseProject(new ProjCoordinate(x, y), dst);
        out[0] = dst.x;
        out[1] = dst.y;
    }

    @Override
    public void fromCgcs2000(double lon, double lat, double[] out) {
        ProjCoordinate dst = new ProjCoordinate();
        projection.project(new ProjCoordinate(lon, lat), dst);
        out[0] = dst.x;
        out[1] = dst.y;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectedCrs p && p.code == code;
    }

    @Override
    public int hashCode() {
        return code;
    }

    @Override
    public String toString() {
        return id();
    }
}

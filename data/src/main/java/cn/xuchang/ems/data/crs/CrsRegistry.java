package cn.xuchang.ems.data.crs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds coordinate systems by the names users type ({@code wgs84}, {@code cgcs2000},
 * {@code epsg:4547}, {@code gcj02}, {@code bd09}, {@code webmercator}), by the false easting of a
 * zone-prefixed Gauss-Krüger easting, and by the WKT of a shapefile {@code .prj}; and gives the WKT
 * texts other programs expect (ESRI for {@code .prj}, OGC WKT1 for GeoPackage). Thread-safe.
 */
public final class CrsRegistry {
    /** Every CGCS2000 Gauss-Krüger code: 6° with zone prefix, 6° CM, 3° with zone prefix, 3° CM. */
    static final int FIRST_GK = 4491;
    static final int LAST_GK = 4554;
    private static final Pattern NUMBER = Pattern.compile("(?i)(?:epsg:)?(\\d{4,5})");
    private static final Pattern PARAM = Pattern.compile("(?i)PARAMETER\\[\"([^\"]+)\",\\s*([-0-9.eE+]+)\\]");

    private static final Map<String, String> PRJ = load("prj-esri.properties");
    private static final Map<String, String> WKT1 = load("wkt1.properties");
    private static volatile Map<Long, Integer> gkByParameters;

    private CrsRegistry() {
    }

    /**
     * Parses a user-given CRS name; fails with a message listing the accepted forms.
     * Accepts wgs84, cgcs2000, gcj02, bd09, webmercator, or epsg:N for N = 4326, 4490, 3857 and the
     * CGCS2000 Gauss-Krüger codes 4491-4554.
     */
    public static Crs parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        switch (n) {
            case "wgs84", "epsg:4326", "4326":
                return GeographicCrs.WGS84;
            case "cgcs2000", "epsg:4490", "4490":
                return GeographicCrs.CGCS2000;
            case "gcj02", "gcj", "amap", "tencent":
                return OffsetCrs.GCJ02;
            case "bd09", "baidu":
                return OffsetCrs.BD09;
            case "webmercator", "epsg:3857", "3857", "epsg:900913":
                return ProjectedCrs.ofEpsg(3857);
            default:
                break;
        }
        Matcher m = NUMBER.matcher(n);
        if (m.matches()) {
            int code = Integer.parseInt(m.group(1));
            if (code == 3857 || (code >= FIRST_GK && code <= LAST_GK)) {
                return ProjectedCrs.ofEpsg(code);
            }
            throw new IllegalArgumentException("EPSG:" + code + " is not supported; use EPSG:4490 (CGCS2000), 4326 (WGS84), "
                    + "3857 (Web Mercator) or a CGCS2000 Gauss-Krüger code 4491-4554 (e.g. 4547 for CM 114E)");
        }
        throw new IllegalArgumentException("unknown coordinate system '" + name
                + "'; use wgs84, cgcs2000, gcj02, bd09, webmercator or epsg:NNNN");
    }

    /**
     * The CGCS2000 Gauss-Krüger system whose false easting is carried by a zone-prefixed easting
     * (≥ 10 000 000 m): zones 25-45 are 3° zones (EPSG:4513-4533), 13-23 are 6° zones (EPSG:4491-4501).
     */
    public static Optional<ProjectedCrs> forZonePrefixedEasting(double easting) {
        if (!(easting >= 10_000_000 && easting < 100_000_000)) {
            return Optional.empty();
        }
        int zone = (int) Math.floor(easting / 1_000_000);
        if (zone >= 25 && zone <= 45) {
            return Optional.of(ProjectedCrs.ofEpsg(4513 + zone - 25));
        }
        if (zone >= 13 && zone <= 23) {
            return Optional.of(ProjectedCrs.ofEpsg(4491 + zone - 13));
        }
        return Optional.empty();
    }

    /** The ESRI-flavoured WKT that belongs in a shapefile {@code .prj}, if this system has one. */
    public static Optional<String> prjWkt(Crs crs) {
        return crs.epsg().isPresent() ? Optional.ofNullable(PRJ.get(String.valueOf(crs.epsg().getAsInt()))) : Optional.empty();
    }

    /** The OGC WKT1 definition (as GDAL writes it into GeoPackages), if this system has one. */
    public static Optional<String> ogcWkt(Crs crs) {
        return crs.epsg().isPresent() ? Optional.ofNullable(WKT1.get(String.valueOf(crs.epsg().getAsInt()))) : Optional.empty();
    }

    /**
     * Identifies the system a WKT text (a {@code .prj}, a GeoPackage definition) describes.
     * Understands geographic CGCS2000/WGS84, CGCS2000 Transverse Mercator/Gauss-Krüger and Web Mercator;
     * other datums (Beijing 1954, Xi'an 1980) are refused with a message because their shift to CGCS2000
     * needs parameters the office must supply.
     */
    public static Crs fromWkt(String wkt) {
        String w = wkt.toUpperCase(Locale.ROOT);
        boolean cgcs = w.contains("2000");
        boolean wgs = w.contains("WGS_1984") || w.contains("WGS 84") || w.contains("WGS84") || w.contains("WGS 1984");
        if (w.contains("BEIJING") || w.contains("XIAN") || w.contains("XI'AN") || w.contains("1954") || w.contains("1980")) {
            throw new IllegalArgumentException("the data is in Beijing 1954 or Xi'an 1980 coordinates, which need a "
                    + "7-parameter transformation to CGCS2000; convert it to CGCS2000 (EPSG:4490/4547) first");
        }
        if (!w.startsWith("PROJCS") && !w.startsWith("PROJCRS")) {
            if (cgcs) {
                return GeographicCrs.CGCS2000;
            }
            if (wgs) {
                return GeographicCrs.WGS84;
            }
            throw new IllegalArgumentException("unrecognised geographic coordinate system in WKT: " + abbreviate(wkt));
        }
        if (w.contains("MERCATOR_AUXILIARY_SPHERE") || w.contains("PSEUDO-MERCATOR") || w.contains("POPULAR VISUALISATION")
                || w.contains("WEB_MERCATOR") || w.contains("WEB MERCATOR")) {
            return ProjectedCrs.ofEpsg(3857);
        }
        if (!(w.contains("TRANSVERSE_MERCATOR") || w.contains("GAUSS_KRUGER") || w.contains("TRANSVERSE MERCATOR"))) {
            throw new IllegalArgumentException("unsupported projection in WKT (only Gauss-Krüger / Transverse Mercator "
                    + "and Web Mercator are understood): " + abbreviate(wkt));
        }
        if (!cgcs) {
            throw new IllegalArgumentException("Transverse Mercator on a datum other than CGCS2000 is not supported: "
                    + abbreviate(wkt));
        }
        Double cm = null;
        double fe = 0;
        Matcher m = PARAM.matcher(wkt);
        while (m.find()) {
            String p = m.group(1).toLowerCase(Locale.ROOT);
            double v = Double.parseDouble(m.group(2));
            if (p.equals("central_meridian") || p.equals("longitude of natural origin")) {
                cm = v;
            } else if (p.equals("false_easting") || p.equals("false easting")) {
                fe = v;
            }
        }
        if (cm == null) {
            throw new IllegalArgumentException("the WKT names no central meridian: " + abbreviate(wkt));
        }
        Integer code = gkCodes().get(key(cm, fe));
        if (code == null) {
            throw new IllegalArgumentException("no CGCS2000 Gauss-Krüger zone has central meridian " + cm
                    + "° and false easting " + fe + " m");
        }
        return ProjectedCrs.ofEpsg(code);
    }

    private static Map<Long, Integer> gkCodes() {
        Map<Long, Integer> map = gkByParameters;
        if (map == null) {
            map = new HashMap<>();
            // 3° zones first: a 6° CM-only zone shares its parameters with a 3° one and the projection is identical.
            for (int code = LAST_GK; code >= FIRST_GK; code--) {
                ProjectedCrs crs = ProjectedCrs.ofEpsg(code);
                double[] origin = new double[2];
                crs.toCgcs2000(crs.falseEasting(), 0, origin);
                map.putIfAbsent(key(Math.round(origin[0]), crs.falseEasting()), code);
            }
            gkByParameters = map;
        }
        return map;
    }

    private static long key(double centralMeridian, double falseEasting) {
        return Math.round(centralMeridian) * 1_000_000_000L + Math.round(falseEasting / 1000);
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }

    private static Map<String, String> load(String resource) {
        Properties p = new Properties();
        try (InputStream in = CrsRegistry.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new HashMap<>();
        p.forEach((k, v) -> map.put(k.toString(), v.toString()));
        return Map.copyOf(map);
    }
}

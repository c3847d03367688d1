package cn.xuchang.ems.map.search;

import cn.xuchang.ems.data.crs.GaussKruger;
import cn.xuchang.ems.data.domain.LonLat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a typed incident location. Accepted forms, with their axis order:
 * <ul>
 *   <li>decimal degrees, <b>longitude first</b> (x, y), as everywhere in xems: {@code 113.85, 34.03};
 *       with hemisphere letters the letters decide: {@code 34.03N 113.85E};</li>
 *   <li>degrees-minutes-seconds: {@code 113°51'00"E 34°01'48"N}, {@code 东经113°51′ 北纬34°1.8′},
 *       {@code 113d51m0s 34d1m48s} (without letters: longitude first);</li>
 *   <li>EPSG:4547 metres (CGCS2000 / 3-degree Gauss-Krüger CM 114E), in <b>either order</b>: EPSG's
 *       own order is northing first, proj4j and most GIS files give easting first, and in China the two
 *       cannot be confused (easting 100 000–900 000 m, northing above 1 000 000 m). An easting with the
 *       zone prefix 38 (38 500 000 m) is accepted; other zones are refused.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class CoordinateParser {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?");
    private static final Pattern DMS = Pattern.compile(
            "([NSEW])?\\s*([-+]?\\d+(?:\\.\\d+)?)\\s*[°d]\\s*(?:(\\d+(?:\\.\\d+)?)\\s*['′m])?\\s*"
                    + "(?:(\\d+(?:\\.\\d+)?)\\s*(?:\"|″|''|s))?\\s*([NSEW])?");
    private static final Pattern HEMISPHERE_DECIMAL = Pattern.compile(
            "([NSEW])?\\s*([-+]?\\d+(?:\\.\\d+)?)\\s*([NSEW])?");
    private static final int GK_ZONE = 38;

    private CoordinateParser() {
    }

    /**
     * The position {@code text} names, or empty when it does not look like coordinates (then try a name
     * search). Coordinates that are malformed or out of range fail with a message saying what was expected.
     */
    public static Optional<LonLat> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = normalise(text);
        if (!t.matches(".*\\d.*") || t.matches(".*[\\p{IsHan}].*")) {
            return Optional.empty();
        }
        if (t.matches(".*[°dm′'\"″].*") && t.matches(".*\\d\\s*[°d].*")) {
            return Optional.of(parseDms(t, text));
        }
        List<Double> numbers = numbers(t);
        if (numbers.size() != 2) {
            if (t.matches("[-+\\d.,;\\s]+|[-+\\d.,;\\sNSEW]+")) {
                throw new IllegalArgumentException("cannot read '" + text + "' as a location: expected two numbers"
                        + " (lon, lat in degrees, or EPSG:4547 easting/northing in metres)");
            }
            return Optional.empty();
        }
        double a = numbers.get(0);
        double b = numbers.get(1);
        if (Math.abs(a) > 1000 && Math.abs(b) > 1000) {
            return Optional.of(fromGaussKruger(a, b, text));
        }
        if (t.matches(".*[NSEW].*")) {
            return Optional.of(parseHemisphereDecimal(t, text));
        }
        return Optional.of(lonLat(a, b, text));
    }

    private static String normalise(String text) {
        String t = text.trim();
        if (t.matches(".*\\d\\s*[°dD].*")) {
            // a lower-case s after a number is "seconds" in d-m-s input, not the southern hemisphere
            t = t.replaceAll("(\\d)\\s*s", "$1\"");
        }
        return t.toUpperCase(Locale.ROOT)
                .replace("EPSG:4547", "").replace("EPSG4547", "")
                .replace("东经", "E").replace("西经", "W").replace("北纬", "N").replace("南纬", "S")
                .replace('，', ',').replace("D", "d").replace("M", "m").replace('’', '\'').replace('”', '"').trim();
    }

    private static List<Double> numbers(String t) {
        List<Double> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(t);
        while (m.find()) {
            out.add(Double.parseDouble(m.group()));
        }
        return out;
    }

    private static LonLat lonLat(double lon, double lat, String text) {
        if (Math.abs(lat) > 90 && Math.abs(lon) <= 90) {
            throw new IllegalArgumentException("latitude " + lat + " is out of range in '" + text
                    + "': decimal degrees are read longitude first (lon, lat); did you mean " + lat + ", " + lon + "?");
        }
        return new LonLat(lon, lat);
    }

    private static LonLat parseHemisphereDecimal(String t, String text) {
        Matcher m = HEMISPHERE_DECIMAL.matcher(t);
        List<double[]> values = new ArrayList<>();
        List<String> hemispheres = new ArrayList<>();
        while (m.find()) {
            if (m.group(2) == null) {
                continue;
            }
            String h = m.group(1) != null ? m.group(1) : m.group(3);
            values.add(new double[] {Double.parseDouble(m.group(2))});
            hemispheres.add(h == null ? "" : h);
        }
        return byHemisphere(values.get(0)[0], hemispheres.get(0), values.get(1)[0], hemispheres.get(1), text);
    }

    private static LonLat parseDms(String t, String text) {
        Matcher m = DMS.matcher(t);
        List<Double> values = new ArrayList<>();
        List<String> hemispheres = new ArrayList<>();
        while (m.find()) {
            if (m.group(2) == null) {
                continue;
            }
            double deg = Double.parseDouble(m.group(2));
            double min = m.group(3) == null ? 0 : Double.parseDouble(m.group(3));
            double sec = m.group(4) == null ? 0 : Double.parseDouble(m.group(4));
            if (min >= 60 || sec >= 60) {
                throw new IllegalArgumentException("minutes and seconds must be below 60 in '" + text + "'");
            }
            double v = Math.abs(deg) + min / 60 + sec / 3600;
            values.add(deg < 0 ? -v : v);
            String h = m.group(1) != null ? m.group(1) : m.group(5);
            hemispheres.add(h == null ? "" : h);
        }
        if (values.size() != 2) {
            throw new IllegalArgumentException("cannot read '" + text + "' as degrees-minutes-seconds: expected two"
                    + " values such as 113°51'00\"E 34°01'48\"N");
        }
        return byHemisphere(values.get(0), hemispheres.get(0), values.get(1), hemispheres.get(1), text);
    }

    private static LonLat byHemisphere(double v1, String h1, double v2, String h2, String text) {
        if (h1.isEmpty() && h2.isEmpty()) {
            return lonLat(v1, v2, text);
        }
        boolean firstIsLat = h1.equals("N") || h1.equals("S") || h2.equals("E") || h2.equals("W");
        double lat = firstIsLat ? v1 : v2;
        double lon = firstIsLat ? v2 : v1;
        String latH = firstIsLat ? h1 : h2;
        String lonH = firstIsLat ? h2 : h1;
        if (latH.equals("E") || latH.equals("W") || lonH.equals("N") || lonH.equals("S")) {
            throw new IllegalArgumentException("'" + text + "' gives two latitudes or two longitudes");
        }
        return new LonLat(lonH.equals("W") ? -lon : lon, latH.equals("S") ? -lat : lat);
    }

    private static LonLat fromGaussKruger(double a, double b, String text) {
        double easting;
        double northing;
        if (isEasting(a) && isNorthing(b)) {
            easting = a;
            northing = b;
        } else if (isEasting(b) && isNorthing(a)) {
            easting = b;
            northing = a;
        } else {
            throw new IllegalArgumentException("cannot read '" + text + "' as EPSG:4547 metres: expected an easting of"
                    + " 100000-900000 m (or 38100000-38900000 with the zone prefix) and a northing above 1000000 m");
        }
        if (easting >= 1_000_000) {
            int zone = (int) (easting / 1_000_000);
            if (zone != GK_ZONE) {
                throw new IllegalArgumentException("easting " + easting + " carries zone prefix " + zone
                        + "; only zone 38 (CM 114°E, EPSG:4547/4525) is accepted");
            }
            easting -= GK_ZONE * 1_000_000.0;
        }
        return GaussKruger.CM_114E.inverse(easting, northing);
    }

    private static boolean isEasting(double v) {
        double e = v >= 1_000_000 && v < 100_000_000 ? v % 1_000_000 : v;
        return e >= 100_000 && e <= 900_000 && (v < 1_000_000 || v >= 10_000_000);
    }

    private static boolean isNorthing(double v) {
        return v >= 1_000_000 && v <= 6_500_000;
    }
}

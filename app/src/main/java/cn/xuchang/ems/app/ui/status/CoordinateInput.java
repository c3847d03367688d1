package cn.xuchang.ems.app.ui.status;

import cn.xuchang.ems.data.crs.GaussKruger;
import cn.xuchang.ems.data.domain.LonLat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a position typed by a dispatcher, in the forms callers give it:
 * decimal degrees ({@code 113.85, 34.03}, either order, with or without E/N),
 * degrees-minutes-seconds ({@code 113°51′00″E 34°01′48″N}, {@code 113 51 0 E 34 1 48 N}) and
 * CGCS2000 Gauss-Krüger CM 114E metres (EPSG:4547) in either axis order ({@code 486147 3766999}
 * or northing first as EPSG states it). The order is told apart by magnitude, which is
 * unambiguous in China. Stateless and thread-safe.
 */
public final class CoordinateInput {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final Pattern DMS = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*[°度d ]\\s*(?:(\\d+(?:\\.\\d+)?)\\s*['′分m ]?\\s*)?(?:(\\d+(?:\\.\\d+)?)\\s*(?:\"|″|''|′′|秒|s)?\\s*)?([NSEW北南东西])",
            Pattern.CASE_INSENSITIVE);

    private CoordinateInput() {
    }

    /** Why a text is not a position; {@link #key()} names the UI message. */
    public enum Reason {
        NOT_TWO_NUMBERS("numbers"), NOT_LON_LAT("lonlat"), ZONE_PREFIX("zone"), NOT_GRID("grid");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        /** Suffix of the message key. */
        public String key() {
            return key;
        }
    }

    /** A text that is not a position; the message (English) is for logs, {@link #reason()} for the UI. */
    public static final class UnreadableCoordinate extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final Reason reason;

        UnreadableCoordinate(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        /** What is wrong. */
        public Reason reason() {
            return reason;
        }
    }

    /**
     * The position in {@code text}.
     *
     * @throws UnreadableCoordinate with a message saying which forms are understood
     */
    public static LonLat parse(String text) {
        if (text == null || text.isBlank()) {
            throw new UnreadableCoordinate(Reason.NOT_TWO_NUMBERS, "empty coordinate");
        }
        String s = text.trim().replace('，', ',').replace('：', ':');
        if (s.toUpperCase(Locale.ROOT).matches(".*[NSEW北南东西]\\s*$") || s.toUpperCase(Locale.ROOT).matches("^\\s*[NSEW北南东西].*")) {
            LonLat dms = parseHemispheres(s);
            if (dms != null) {
                return dms;
            }
        }
        List<Double> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            numbers.add(Double.parseDouble(m.group()));
        }
        if (numbers.size() != 2) {
            throw new UnreadableCoordinate(Reason.NOT_TWO_NUMBERS, "expected two numbers (lon, lat in degrees, or E, N in EPSG:4547 metres), got '"
                    + text + "'");
        }
        double a = numbers.get(0);
        double b = numbers.get(1);
        if (Math.abs(a) > 1000 || Math.abs(b) > 1000) {
            return fromGrid(a, b, text);
        }
        return fromDegrees(a, b, text);
    }

    private static LonLat fromDegrees(double a, double b, String text) {
        // longitudes in China are 73..136, latitudes 3..54: the larger number is the longitude
        double lon = Math.max(Math.abs(a), Math.abs(b)) == Math.abs(a) ? a : b;
        double lat = lon == a ? b : a;
        if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            throw new UnreadableCoordinate(Reason.NOT_LON_LAT, "'" + text + "' is not a longitude/latitude pair");
        }
        return new LonLat(lon, lat);
    }

    private static LonLat fromGrid(double a, double b, String text) {
        // EPSG:4547 eastings are 500 000 ± a few hundred km; northings at Xuchang ~3.7 million
        double easting = a < b ? a : b;
        double northing = a < b ? b : a;
        if (easting > 1_000_000) {
            throw new UnreadableCoordinate(Reason.ZONE_PREFIX, "easting " + (long) easting + " in '" + text
                    + "' carries a zone prefix (e.g. EPSG:4522, 38 500 000): give EPSG:4547 metres without it");
        }
        if (easting < 0 || northing < 0 || northing > 10_000_000) {
            throw new UnreadableCoordinate(Reason.NOT_GRID, "'" + text + "' is not an EPSG:4547 easting/northing pair");
        }
        return GaussKruger.CM_114E.inverse(easting, northing);
    }

    private static LonLat parseHemispheres(String s) {
        Double lon = null;
        Double lat = null;
        Matcher m = DMS.matcher(s);
        while (m.find()) {
            double value = Double.parseDouble(m.group(1))
                    + (m.group(2) != null ? Double.parseDouble(m.group(2)) / 60 : 0)
                    + (m.group(3) != null ? Double.parseDouble(m.group(3)) / 3600 : 0);
            String h = m.group(4).toUpperCase(Locale.ROOT);
            switch (h) {
                case "E", "东" -> lon = value;
                case "W", "西" -> lon = -value;
                case "N", "北" -> lat = value;
                case "S", "南" -> lat = -value;
                default -> throw new IllegalStateException(h);
            }
        }
        return lon != null && lat != null ? new LonLat(lon, lat) : null;
    }
}

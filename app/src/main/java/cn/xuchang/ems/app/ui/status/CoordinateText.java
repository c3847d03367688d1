package cn.xuchang.ems.app.ui.status;

import cn.xuchang.ems.data.domain.LonLat;
import java.util.Locale;

/**
 * Formats positions for the status bar and attribute panel: decimal degrees, degrees-minutes-seconds
 * and CGCS2000 Gauss-Krüger CM 114E (EPSG:4547) metres in the order easting, northing.
 * Stateless and thread-safe.
 */
public final class CoordinateText {
    private CoordinateText() {
    }

    /** {@code 113.850000°E, 34.030000°N}: six decimals is ~0.1 m, finer than any screen pixel here. */
    public static String decimal(LonLat p) {
        return String.format(Locale.ROOT, "%.6f°%s, %.6f°%s",
                Math.abs(p.lon()), p.lon() < 0 ? "W" : "E", Math.abs(p.lat()), p.lat() < 0 ? "S" : "N");
    }

    /** {@code 113°51′00.00″E, 34°01′48.00″N}. */
    public static String dms(LonLat p) {
        return dms(p.lon(), 'E', 'W') + ", " + dms(p.lat(), 'N', 'S');
    }

    /** One angle in degrees, minutes and seconds with two decimals of seconds; carries 60″ up. */
    static String dms(double degrees, char positive, char negative) {
        double a = Math.abs(degrees);
        long hundredths = Math.round(a * 360_000.0);
        long deg = hundredths / 360_000;
        long rest = hundredths % 360_000;
        long min = rest / 6_000;
        double sec = (rest % 6_000) / 100.0;
        return String.format(Locale.ROOT, "%d°%02d′%05.2f″%c", deg, min, sec, degrees < 0 ? negative : positive);
    }

    /** {@code E 486147.15 m, N 3766999.27 m} (EPSG:4547 in easting, northing order). */
    public static String gaussKruger(double easting, double northing) {
        return String.format(Locale.ROOT, "E %.2f m, N %.2f m", easting, northing);
    }
}

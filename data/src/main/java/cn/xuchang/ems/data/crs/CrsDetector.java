package cn.xuchang.ems.data.crs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tells which coordinate system raw coordinates are in, from their magnitudes and from whether
 * they land in Xuchang: lon/lat degrees; Gauss-Krüger metres with or without zone prefix (an
 * easting ≥ 10 000 000 m carries the zone), in either axis order; Web Mercator metres. Offset
 * systems (GCJ-02, BD-09) look like lon/lat and cannot be told from magnitudes: see the offset check
 * of the import. Stateless and thread-safe.
 */
public final class CrsDetector {
    /** Rough bounding box of Xuchang (lon 113.0-114.5, lat 33.6-34.5). */
    public static final double MIN_LON = 113.0;
    public static final double MAX_LON = 114.5;
    public static final double MIN_LAT = 33.6;
    public static final double MAX_LAT = 34.5;

    private CrsDetector() {
    }

    /** True when lon/lat lies in the rough box of Xuchang. */
    public static boolean insideXuchang(double lon, double lat) {
        return lon >= MIN_LON && lon <= MAX_LON && lat >= MIN_LAT && lat <= MAX_LAT;
    }

    /**
     * Finds the system that puts most of {@code samples} ({x, y} as in the file) into Xuchang.
     * Fails with a message quoting a sample when none does.
     */
    public static CrsGuess detect(List<double[]> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no coordinates to detect the coordinate system from");
        }
        Candidate best = null;
        for (Candidate c : candidates(samples)) {
            c.score = score(c, samples);
            if (c.crs instanceof GeographicCrs && c.score == 0) {
                c.score = score(new Candidate(c.crs, true), samples) > 0 ? Double.MIN_VALUE : 0;
            }
            if (best == null || c.score > best.score) {
                best = c;
            }
        }
        double[] first = samples.get(0);
        if (best == null || best.score == 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "cannot tell the coordinate system: no known "
                    + "system (CGCS2000/WGS84 lon/lat, Gauss-Krüger EPSG:4547 or zone-prefixed, Web Mercator) puts "
                    + "the coordinates (first: %s, %s) in Xuchang; declare it with --crs", num(first[0]), num(first[1])));
        }
        if (best.score == Double.MIN_VALUE) {
            return new CrsGuess(best.crs, false, true, "values are degrees, but latitude and longitude look swapped");
        }
        String share = String.format(Locale.ROOT, "%.0f%%", best.score * 100);
        String reason;
        if (best.crs instanceof GeographicCrs) {
            reason = "values are degrees and " + share + " lie in Xuchang: CGCS2000/WGS84 lon/lat assumed "
                    + "(declare --crs gcj02 or bd09 if the data comes from AMap, Tencent or Baidu)";
        } else if (best.crs.epsg().getAsInt() == 3857) {
            reason = "values are Web Mercator metres (" + share + " in Xuchang)";
        } else if (((ProjectedCrs) best.crs).falseEasting() >= 10_000_000) {
            reason = "eastings carry the zone prefix " + (int) (((ProjectedCrs) best.crs).falseEasting() / 1_000_000)
                    + ": " + best.crs.id() + " (" + share + " in Xuchang)";
        } else {
            reason = "values are Gauss-Krüger metres without zone prefix: " + best.crs.id() + " (" + share
                    + " in Xuchang)";
        }
        if (best.swapped) {
            reason += "; northing is given first (EPSG axis order), read accordingly";
        }
        return new CrsGuess(best.crs, best.swapped, true, reason);
    }

    /**
     * Checks a declared system against the coordinates: decides the axis order of projected data
     * and fails when the magnitudes cannot belong to it (metres declared as degrees and the like).
     */
    public static CrsGuess check(Crs declared, List<double[]> samples, String declaredBy) {
        if (samples.isEmpty()) {
            return new CrsGuess(declared, false, false, "declared by " + declaredBy);
        }
        double[] first = samples.get(0);
        boolean degrees = samples.stream().allMatch(s -> Math.abs(s[0]) <= 180 && Math.abs(s[1]) <= 180);
        if (declared.geographic() && !degrees) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s declares %s (degrees) but the coordinates "
                    + "are metres (first: %s, %s); declare the projected system, e.g. --crs epsg:4547, or leave --crs out "
                    + "to detect it", declaredBy, declared.id(), num(first[0]), num(first[1])));
        }
        if (!declared.geographic() && degrees) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s declares %s (metres) but the coordinates "
                    + "are degrees (first: %s, %s); use --crs cgcs2000 or leave --crs out", declaredBy, declared.id(),
                    num(first[0]), num(first[1])));
        }
        if (declared.geographic()) {
            return new CrsGuess(declared, false, false, "declared by " + declaredBy);
        }
        Candidate normal = new Candidate(declared, false);
        Candidate swapped = new Candidate(declared, true);
        boolean swap = score(swapped, samples) > score(normal, samples);
        return new CrsGuess(declared, swap, false, "declared by " + declaredBy
                + (swap ? "; northing is given first (EPSG axis order), read accordingly" : ""));
    }

    private static final class Candidate {
        final Crs crs;
        final boolean swapped;
        double score;

        Candidate(Crs crs, boolean swapped) {
            this.crs = crs;
            this.swapped = swapped;
        }
    }

    private static List<Candidate> candidates(List<double[]> samples) {
        List<Candidate> list = new ArrayList<>();
        boolean degrees = samples.stream().allMatch(s -> Math.abs(s[0]) <= 180 && Math.abs(s[1]) <= 180);
        if (degrees) {
            // Lon/lat is never read swapped: a file with latitudes in the longitude column is refused row by row,
            // so the user fixes the columns knowingly.
            list.add(new Candidate(GeographicCrs.CGCS2000, false));
            return list;
        }
        for (boolean swapped : new boolean[] {false, true}) {
            double[] s = samples.get(0);
            double easting = swapped ? s[1] : s[0];
            CrsRegistry.forZonePrefixedEasting(easting).ifPresent(c -> list.add(new Candidate(c, swapped)));
            for (int code : new int[] {4547, 4546, 4548, 3857}) {
                list.add(new Candidate(ProjectedCrs.ofEpsg(code), swapped));
            }
        }
        return list;
    }

    private static double score(Candidate c, List<double[]> samples) {
        int inside = 0;
        double[] out = new double[2];
        for (double[] s : samples) {
            double x = c.swapped ? s[1] : s[0];
            double y = c.swapped ? s[0] : s[1];
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                continue;
            }
            try {
                c.crs.toCgcs2000(x, y, out);
            } catch (RuntimeException e) {
                continue; // proj4j throws for points far outside a projection's domain
            }
            if (insideXuchang(out[0], out[1])) {
                inside++;
            }
        }
        return inside / (double) samples.size();
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.6f", v);
    }
}

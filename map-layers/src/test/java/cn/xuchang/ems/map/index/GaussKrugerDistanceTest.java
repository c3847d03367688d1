package cn.xuchang.ems.map.index;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.data.crs.GaussKruger;
import cn.xuchang.ems.data.crs.Geodesy;
import cn.xuchang.ems.data.domain.LonLat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GaussKrugerDistanceTest {

    /** Worst errors over a sample of pairs. */
    private static final class Worst {
        double relative;
        double absolute;
        double bearingDeg;
        String where = "";
        int pairs;
    }

    private static double bearingDifference(double a, double b) {
        double d = Math.abs(a - b) % 360;
        return Math.min(d, 360 - d);
    }

    /**
     * Random pairs with both ends in the projection area (|lon − 114°| ≤ 3°, |lat| ≤ 60°), so across
     * the 3° zone's edges at 112.5°E and 115.5°E, at distances from centimetres to 150 km.
     */
    private static Worst sample(long seed, int n, double minLat, double maxLat) {
        Random rnd = new Random(seed);
        Worst w = new Worst();
        double[] a = new double[2];
        double[] b = new double[2];
        while (w.pairs < n) {
            double lon1 = 111 + rnd.nextDouble() * 6;
            double lat1 = minLat + rnd.nextDouble() * (maxLat - minLat);
            // log-uniform distances: 1 cm .. 150 km
            double s = Math.exp(Math.log(0.01) + rnd.nextDouble() * (Math.log(150_000) - Math.log(0.01)));
            LonLat p2 = Geodesy.destination(new LonLat(lon1, lat1), rnd.nextDouble() * 360, s);
            if (!ProjectionArea.contains(p2.lon(), p2.lat())) {
                continue;
            }
            GaussKruger.CM_114E.forward(lon1, lat1, a);
            GaussKruger.CM_114E.forward(p2.lon(), p2.lat(), b);
            Geodesy.DistanceBearing exact = Geodesy.inverse(new LonLat(lon1, lat1), p2);
            GaussKrugerDistance gk = GaussKrugerDistance.from(a[0], a[1]);
            double d = gk.distance(b[0], b[1]);
            if (Double.isNaN(d)) {
                continue;
            }
            w.pairs++;
            double err = Math.abs(d - exact.distanceM());
            if (exact.distanceM() > 1.0) {
                if (err / exact.distanceM() > w.relative) {
                    w.relative = err / exact.distanceM();
                    w.where = String.format("%.5f,%.5f -> %.5f,%.5f (%.0f m)", lon1, lat1, p2.lon(), p2.lat(), s);
                }
                w.bearingDeg = Math.max(w.bearingDeg, bearingDifference(gk.bearing(b[0], b[1]), exact.bearingDeg()));
            }
            w.absolute = Math.max(w.absolute, err - GaussKrugerDistance.RELATIVE_ERROR * d);
            assertThat(err).as("distance %f,%f -> %s", lon1, lat1, p2)
                    .isLessThanOrEqualTo(GaussKrugerDistance.RELATIVE_ERROR * d + GaussKrugerDistance.ABSOLUTE_ERROR_M);
        }
        return w;
    }

    @Test
    void distanceAndBearingAgreeWithGeographicLibAcrossTheWholeProjectionArea() {
        Worst w = sample(11, 30_000, -60, 60);
        System.out.printf("GaussKrugerDistance over %d pairs, |lat| <= 60: max relative distance error %.3g (%s), "
                + "max excess absolute %.3g m, max bearing error %.3g deg%n", w.pairs, w.relative, w.where, w.absolute,
                w.bearingDeg);
        assertThat(w.relative).isLessThan(GaussKrugerDistance.RELATIVE_ERROR);
        assertThat(w.bearingDeg).isLessThan(GaussKrugerDistance.BEARING_ERROR_DEG);
    }

    @Test
    void distanceAndBearingAgreeWithGeographicLibAroundXuchang() {
        Worst w = sample(12, 20_000, 32, 36);
        System.out.printf("GaussKrugerDistance over %d pairs, 32..36 N: max relative distance error %.3g (%s), "
                + "max bearing error %.3g deg%n", w.pairs, w.relative, w.where, w.bearingDeg);
        assertThat(w.relative).isLessThan(GaussKrugerDistance.RELATIVE_ERROR);
        assertThat(w.bearingDeg).isLessThan(GaussKrugerDistance.BEARING_ERROR_DEG);
    }

    @Test
    void pairsBeyondTheProvenRangeAreLeftToGeographicLib() {
        GaussKrugerDistance gk = GaussKrugerDistance.from(500_000, 3_760_000);
        assertThat(gk.distance(500_000, 3_760_000 + GaussKrugerDistance.MAX_DISTANCE_M + 1)).isNaN();
        assertThat(gk.distance(500_000, 3_760_000 + GaussKrugerDistance.MAX_DISTANCE_M - 1)).isFinite();
        assertThat(gk.distance(500_000, 3_760_000)).isZero();
    }
}

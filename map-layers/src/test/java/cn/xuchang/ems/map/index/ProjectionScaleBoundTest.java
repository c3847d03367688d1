package cn.xuchang.ems.map.index;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.data.crs.GaussKruger;
import cn.xuchang.ems.data.crs.Geodesy;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ProjectionScaleBoundTest {

    @Test
    void planarDistanceBracketsTheGeodesicOneAcrossTheProjectionArea() {
        Random rnd = new Random(7);
        double[] a = new double[2];
        double[] b = new double[2];
        double worstRatio = 0;
        for (int i = 0; i < 20_000; i++) {
            double lon1 = 111 + rnd.nextDouble() * 6;
            double lat1 = 20 + rnd.nextDouble() * 30;
            // mostly short pairs (what pruning sees), some long ones
            double span = rnd.nextBoolean() ? 0.05 : 1.0;
            double lon2 = Math.max(111, Math.min(117, lon1 + (rnd.nextDouble() - 0.5) * span));
            double lat2 = lat1 + (rnd.nextDouble() - 0.5) * span;
            GaussKruger.CM_114E.forward(lon1, lat1, a);
            GaussKruger.CM_114E.forward(lon2, lat2, b);
            double planar = Math.hypot(a[0] - b[0], a[1] - b[1]);
            double geodesic = Geodesy.distance(lon1, lat1, lon2, lat2);
            ProjectionScaleBound bound = ProjectionScaleBound.forHalfWidth(
                    Math.max(Math.abs(a[0] - 500_000), Math.abs(b[0] - 500_000)));
            assertThat(geodesic).as("s <= d at %f,%f", lon1, lat1).isLessThanOrEqualTo(planar + 1e-3);
            assertThat(planar).as("d <= reach(s) at %f,%f", lon1, lat1).isLessThanOrEqualTo(bound.planarReach(geodesic));
            if (geodesic > 100) {
                worstRatio = Math.max(worstRatio, planar / geodesic);
            }
        }
        // the bound is not vacuous: real scale errors reach well above 1 here
        assertThat(worstRatio).isGreaterThan(1.0001);
    }

    @Test
    void boundNearXuchangIsTight() {
        ProjectionScaleBound b = ProjectionScaleBound.forHalfWidth(100_000);
        assertThat(b.maxScale()).isBetween(1.0001, 1.0002);
        assertThat(b.surelyWithin(999.0, 1000.0)).isTrue();
        assertThat(b.surelyWithin(1000.0, 1000.0)).isFalse();
    }
}

package cn.xuchang.ems.app.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.xuchang.ems.map.projection.Viewport;
import org.junit.jupiter.api.Test;

class ZoomTransitionTest {
    private static final double NOTCH = MapNavigation.WHEEL_NOTCH_ZOOM;
    private final Viewport start = new Viewport(486_147.15, 3_766_999.27, 12.5, 1440, 860);

    @Test
    void theMapPointUnderTheCursorStaysUnderItAtEveryMoment() {
        double sx = 311;
        double sy = 702;
        double mx = start.mapX(sx);
        double my = start.mapY(sy);
        for (double factor : new double[] {NOTCH, 1 / NOTCH, 8, 1 / 8.0}) {
            ZoomTransition z = ZoomTransition.zoomBy(start, factor, sx, sy);
            for (int i = 0; i <= 100; i++) {
                Viewport v = z.at(i / 100.0);
                assertThat(v.mapX(sx)).as("easting under the cursor at t=%d%%, factor %s", i, factor)
                        .isCloseTo(mx, within(1e-6));
                assertThat(v.mapY(sy)).as("northing under the cursor at t=%d%%", i).isCloseTo(my, within(1e-6));
            }
        }
    }

    @Test
    void startsAtTheStartViewAndEndsOnTheExactTargetScale() {
        ZoomTransition z = ZoomTransition.zoomBy(start, 2, 100, 100);
        assertThat(z.at(0).metresPerPixel()).isEqualTo(start.metresPerPixel());
        assertThat(z.at(0).centreX()).isCloseTo(start.centreX(), within(1e-6));
        assertThat(z.end().metresPerPixel()).isEqualTo(start.metresPerPixel() / 2);
        assertThat(z.at(1.7)).as("late frames show the end").isEqualTo(z.end());
        // the end is what an immediate step gives
        Viewport jump = start.zoomAt(2, 100, 100);
        assertThat(z.end().centreX()).isCloseTo(jump.centreX(), within(1e-6));
        assertThat(z.end().centreY()).isCloseTo(jump.centreY(), within(1e-6));
    }

    @Test
    void theScaleMovesGeometricallyAndOnlyTowardsTheTarget() {
        ZoomTransition in = ZoomTransition.zoomBy(start, 4, 700, 400);
        double previous = start.metresPerPixel();
        for (int i = 1; i <= 50; i++) {
            double mpp = in.at(i / 50.0).metresPerPixel();
            assertThat(mpp).isLessThanOrEqualTo(previous).isGreaterThanOrEqualTo(start.metresPerPixel() / 4);
            previous = mpp;
        }
        // geometric: halfway along the eased parameter is the geometric mean, not the arithmetic one
        double tHalf = solveEased(0.5);
        assertThat(in.at(tHalf).metresPerPixel()).isCloseTo(start.metresPerPixel() / 2, within(1e-9));
    }

    @Test
    void twoNotchesDuringOneStepAccumulateToTwoSteps() {
        double sx = 900;
        double sy = 200;
        ZoomTransition first = ZoomTransition.zoomBy(start, NOTCH, sx, sy);
        Viewport midway = first.at(0.4);
        ZoomTransition both = first.andThen(midway, NOTCH, sx, sy);
        Viewport end = both.end();
        assertThat(end.metresPerPixel()).isCloseTo(start.metresPerPixel() / 2, within(1e-12));
        assertThat(end.mapX(sx)).isCloseTo(start.mapX(sx), within(1e-6));
        assertThat(end.mapY(sy)).isCloseTo(start.mapY(sy), within(1e-6));
        // from the view on screen, not from the start: no jump back when the second notch comes
        assertThat(both.at(0).metresPerPixel()).isEqualTo(midway.metresPerPixel());
    }

    @Test
    void halfNotchesOfATouchpadAddUpToWholeOnes() {
        ZoomTransition z = ZoomTransition.zoomBy(start, Math.pow(NOTCH, 0.5), 10, 10);
        z = z.andThen(z.at(0.3), Math.pow(NOTCH, 0.5), 10, 10);
        assertThat(z.end().metresPerPixel()).isCloseTo(start.metresPerPixel() / NOTCH, within(1e-12));
    }

    @Test
    void theTargetStaysWithinTheZoomLimits() {
        Viewport close = start.withResolution(Viewport.MIN_METRES_PER_PIXEL);
        ZoomTransition z = ZoomTransition.zoomBy(close, 16, 0, 0);
        assertThat(z.end().metresPerPixel()).isEqualTo(Viewport.MIN_METRES_PER_PIXEL);
        assertThat(z.end()).isEqualTo(close.zoomAt(16, 0, 0));
    }

    @Test
    void rejectsAZoomFactorThatIsNotPositive() {
        assertThatThrownBy(() -> ZoomTransition.zoomBy(start, 0, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zoom factor");
        ZoomTransition z = ZoomTransition.zoomBy(start, 2, 1, 1);
        assertThatThrownBy(() -> z.andThen(start, Double.NaN, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The time at which the eased share is {@code share}. */
    private static double solveEased(double share) {
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 100; i++) {
            double mid = (lo + hi) / 2;
            if (ZoomTransition.eased(mid) < share) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }
}

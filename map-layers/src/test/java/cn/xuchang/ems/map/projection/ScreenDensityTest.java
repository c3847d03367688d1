package cn.xuchang.ems.map.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScreenDensityTest {

    @Test
    void oneToTenThousandAtNinetySixDpiIsAbout2Point65MetresPerPixel() {
        // one pixel is 0.0254 / 96 m on screen; times 10,000 on the ground
        assertThat(ScreenDensity.STANDARD.metresPerPixel(10_000)).isCloseTo(2.645833333, within(1e-9));
        assertThat(ScreenDensity.STANDARD.scaleDenominator(2.6458333333333335)).isCloseTo(10_000, within(1e-9));
    }

    @Test
    void scaleAndResolutionRoundTripAtAnyDensity() {
        for (double dpi : new double[] {72, 96, 110.5, 144, 192}) {
            ScreenDensity d = new ScreenDensity(dpi);
            for (double n : new double[] {500, 2_500, 25_000, 1_000_000}) {
                assertThat(d.scaleDenominator(d.metresPerPixel(n))).isCloseTo(n, within(n * 1e-12));
            }
            for (double mpp : new double[] {0.05, 1, 37.5, 5_000}) {
                assertThat(d.metresPerPixel(d.scaleDenominator(mpp))).isCloseTo(mpp, within(mpp * 1e-12));
            }
        }
    }

    @Test
    void aDenserScreenShowsTheSameResolutionAtALargerDenominator() {
        // more pixels per inch: a pixel is smaller on the glass, so the map is smaller (1:n grows)
        assertThat(new ScreenDensity(192).scaleDenominator(2)).isEqualTo(2 * ScreenDensity.STANDARD.scaleDenominator(2));
    }

    @Test
    void theViewportReportsItsScaleThroughTheSameConversion() {
        Viewport v = new Viewport(486_147, 3_766_999, 3.7, 800, 600);
        assertThat(v.scaleDenominator(110)).isEqualTo(new ScreenDensity(110).scaleDenominator(3.7));
    }

    @Test
    void rejectsANonPositiveDensity() {
        assertThatThrownBy(() -> new ScreenDensity(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dots per inch");
        assertThatThrownBy(() -> new ScreenDensity(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}

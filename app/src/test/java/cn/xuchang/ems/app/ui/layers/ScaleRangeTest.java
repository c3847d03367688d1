package cn.xuchang.ems.app.ui.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.xuchang.ems.data.domain.BaseLayer;
import cn.xuchang.ems.map.layer.BaseMapLayer;
import cn.xuchang.ems.map.layer.Layer;
import cn.xuchang.ems.map.projection.ScreenDensity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScaleRangeTest {
    private final Layer layer = new BaseMapLayer(BaseLayer.PLACE, List.of());

    @Test
    void aRangeSetInScalesIsDrawnExactlyBetweenThem() {
        ScreenDensity d = new ScreenDensity(110);
        new ScaleRange(100_000, 5_000).applyTo(layer, d);
        assertThat(layer.drawnAt(d.metresPerPixel(50_000))).isTrue();
        assertThat(layer.drawnAt(d.metresPerPixel(5_000))).isTrue();
        assertThat(layer.drawnAt(d.metresPerPixel(100_000))).isTrue();
        assertThat(layer.drawnAt(d.metresPerPixel(4_900))).as("closer than 1:5,000").isFalse();
        assertThat(layer.drawnAt(d.metresPerPixel(101_000))).as("farther than 1:100,000").isFalse();
        assertThat(layer.scaleLimited()).isTrue();
    }

    @Test
    void readingARangeBackGivesTheSameScales() {
        for (double dpi : new double[] {96, 141.2}) {
            ScreenDensity d = new ScreenDensity(dpi);
            new ScaleRange(250_000, 2_500).applyTo(layer, d);
            ScaleRange back = ScaleRange.of(layer, d);
            assertThat(back.minimumScale()).isCloseTo(250_000, within(1e-6));
            assertThat(back.maximumScale()).isCloseTo(2_500, within(1e-6));
        }
    }

    @Test
    void noLimitIsZeroOnEitherSide() {
        ScreenDensity d = ScreenDensity.STANDARD;
        new ScaleRange(0, 10_000).applyTo(layer, d);
        assertThat(layer.maxResolution()).isInfinite();
        assertThat(ScaleRange.of(layer, d).minimumScale()).isZero();
        assertThat(layer.drawnAt(5_000)).as("at any distance out").isTrue();
        ScaleRange.ANY.applyTo(layer, d);
        assertThat(layer.minResolution()).isZero();
        assertThat(layer.scaleLimited()).isFalse();
        assertThat(ScaleRange.of(layer, d)).isEqualTo(ScaleRange.ANY);
    }

    @Test
    void refusesAnInvertedRange() {
        assertThatThrownBy(() -> new ScaleRange(5_000, 100_000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be finer");
        assertThatThrownBy(() -> new ScaleRange(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}

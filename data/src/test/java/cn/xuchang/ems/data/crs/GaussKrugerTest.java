package cn.xuchang.ems.data.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.xuchang.ems.data.domain.LonLat;
import org.junit.jupiter.api.Test;

class GaussKrugerTest {

    @Test
    void matchesProjReferencePointWithinOneMillimetre() {
        // PROJ: echo 34.03 113.85 | cs2cs EPSG:4326 EPSG:4547 -> N 3766999.2697, E 486147.1496
        double[] en = GaussKruger.CM_114E.forward(new LonLat(113.85, 34.03));
        assertThat(en[0]).isCloseTo(486147.1496, within(0.001));
        assertThat(en[1]).isCloseTo(3766999.2697, within(0.001));
    }

    @Test
    void centralMeridianMapsToFalseEasting() {
        double[] en = GaussKruger.CM_114E.forward(new LonLat(114.0, 34.0));
        assertThat(en[0]).isCloseTo(500000.0, within(1e-6));
    }

    @Test
    void inverseRoundTripsBelowOneMillimetre() {
        for (double lon = 113.0; lon <= 114.6; lon += 0.2) {
            for (double lat = 33.6; lat <= 34.5; lat += 0.15) {
                double[] en = GaussKruger.CM_114E.forward(new LonLat(lon, lat));
                LonLat back = GaussKruger.CM_114E.inverse(en[0], en[1]);
                double[] again = GaussKruger.CM_114E.forward(back);
                assertThat(Math.hypot(again[0] - en[0], again[1] - en[1])).isLessThan(0.001);
                assertThat(back.lon()).isCloseTo(lon, within(1e-8));
                assertThat(back.lat()).isCloseTo(lat, within(1e-8));
            }
        }
    }

    @Test
    void refusesGeographicCodes() {
        assertThatThrownBy(() -> GaussKruger.fromEpsg(4490)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EPSG:4490");
    }
}

package cn.xuchang.ems.app.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.data.crs.GaussKruger;
import cn.xuchang.ems.data.domain.LonLat;
import org.junit.jupiter.api.Test;

class CoordinateTextTest {

    @Test
    void writesDegreesMinutesSecondsWithHemispheres() {
        assertThat(CoordinateText.dms(new LonLat(113.85, 34.03))).isEqualTo("113°51′00.00″E, 34°01′48.00″N");
        assertThat(CoordinateText.dms(-0.5, 'E', 'W')).isEqualTo("0°30′00.00″W");
    }

    @Test
    void carriesRoundedSixtySecondsIntoTheMinute() {
        // 34.0166666 is 34°00′59.99976″, which rounds to 34°01′00.00″, never 34°00′60.00″
        assertThat(CoordinateText.dms(34.0166666, 'N', 'S')).isEqualTo("34°01′00.00″N");
    }

    @Test
    void writesTheProjReferencePointAsEastingThenNorthing() {
        double[] en = GaussKruger.CM_114E.forward(new LonLat(113.85, 34.03));
        assertThat(CoordinateText.gaussKruger(en[0], en[1])).isEqualTo("E 486147.15 m, N 3766999.27 m");
    }

    @Test
    void writesDecimalDegreesWithSixDecimals() {
        assertThat(CoordinateText.decimal(new LonLat(113.85, 34.03))).isEqualTo("113.850000°E, 34.030000°N");
    }
}

package cn.xuchang.ems.app.ui.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.xuchang.ems.data.domain.LonLat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoordinateInputTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "113.85, 34.03", "113.85 34.03", "34.03,113.85", "113.85，34.03",
            "113°51′00″E 34°01′48″N", "34°01'48\"N, 113°51'00\"E", "113 51 0 E 34 1 48 N", "113度51分0秒东 34度1分48秒北",
            "486147.15, 3766999.27", "3766999.27 486147.15"})
    void readsThePositionInEveryCommonForm(String text) {
        LonLat p = CoordinateInput.parse(text);
        // 1e-6 degrees is ~0.1 m: the EPSG:4547 forms round-trip through the projection
        assertThat(p.lon()).isCloseTo(113.85, within(1e-6));
        assertThat(p.lat()).isCloseTo(34.03, within(1e-6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hello", "113.85", "1 2 3", "200, 100"})
    void rejectsWhatIsNotAPosition(String text) {
        assertThatThrownBy(() -> CoordinateInput.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void explainsAZonePrefixedEasting() {
        assertThatThrownBy(() -> CoordinateInput.parse("38486147.15, 3766999.27"))
                .isInstanceOfSatisfying(CoordinateInput.UnreadableCoordinate.class,
                        e -> assertThat(e.reason()).isEqualTo(CoordinateInput.Reason.ZONE_PREFIX))
                .hasMessageContaining("zone prefix").hasMessageContaining("EPSG:4547");
    }
}

package cn.xuchang.ems.map.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.xuchang.ems.data.domain.LonLat;
import org.junit.jupiter.api.Test;

class CoordinateParserTest {

    private static LonLat parse(String s) {
        return CoordinateParser.parse(s).orElseThrow();
    }

    @Test
    void decimalDegreesAreLongitudeFirstUnlessLettersSayOtherwise() {
        assertThat(parse("113.85, 34.03")).isEqualTo(new LonLat(113.85, 34.03));
        assertThat(parse("113.85 34.03")).isEqualTo(new LonLat(113.85, 34.03));
        assertThat(parse("34.03N 113.85E")).isEqualTo(new LonLat(113.85, 34.03));
        assertThat(parse("N34.03, E113.85")).isEqualTo(new LonLat(113.85, 34.03));
        assertThatThrownBy(() -> parse("34.03, 113.85")).hasMessageContaining("longitude first")
                .hasMessageContaining("113.85, 34.03");
    }

    @Test
    void degreesMinutesSecondsInSeveralSpellings() {
        LonLat expected = new LonLat(113 + 51 / 60.0, 34 + 1 / 60.0 + 48 / 3600.0);
        for (String s : new String[] {"113°51'00\"E 34°01'48\"N", "34°01'48\"N, 113°51'00\"E", "东经113°51′ 北纬34°1.8′",
                "113d51m0s 34d1m48s"}) {
            LonLat p = parse(s);
            assertThat(p.lon()).as(s).isCloseTo(expected.lon(), within(1e-9));
            assertThat(p.lat()).as(s).isCloseTo(expected.lat(), within(1e-9));
        }
        assertThatThrownBy(() -> parse("113°75' 34°")).hasMessageContaining("below 60");
    }

    @Test
    void gaussKrugerMetresInEitherAxisOrderAndWithTheZonePrefix() {
        // reference from stack notes / PROJ: lon 113.85, lat 34.03 -> E 486147.1496, N 3766999.2697
        for (String s : new String[] {"486147.1496, 3766999.2697", "3766999.2697 486147.1496",
                "EPSG:4547 486147.1496 3766999.2697", "38486147.1496, 3766999.2697"}) {
            LonLat p = parse(s);
            assertThat(p.lon()).as(s).isCloseTo(113.85, within(1e-7));
            assertThat(p.lat()).as(s).isCloseTo(34.03, within(1e-7));
        }
        assertThatThrownBy(() -> parse("39486147, 3766999")).hasMessageContaining("zone prefix 39");
    }

    @Test
    void namesAreNotCoordinatesAndBrokenNumbersAreRefused() {
        assertThat(CoordinateParser.parse("许昌市第一中学")).isEmpty();
        assertThat(CoordinateParser.parse("xc")).isEmpty();
        assertThatThrownBy(() -> parse("113.85")).hasMessageContaining("two numbers");
    }
}

package cn.xuchang.ems.map.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xuchang.ems.data.domain.BaseLayer;
import cn.xuchang.ems.data.domain.ResourceKind;
import java.awt.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StyleParsingTest {

    private static final String DIR = "/cn/xuchang/ems/map/style/";

    private static LayerStyle parse(String file) {
        return LayerStyle.from("test", StyleFile.load(DIR + file));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "bad-colour.style      | bad-colour.style:4:      | is not a colour",
            "bad-shape.style       | bad-shape.style:4:       | unknown shape 'squircle'",
            "unknown-key.style     | unknown-key.style:4:     | unknown key 'strok-width'; did you mean 'stroke-width'?",
            "no-equals.style       | no-equals.style:2:       | expected 'key = value'",
            "duplicate-key.style   | duplicate-key.style:4:   | repeats line 2",
            "out-of-range.style    | out-of-range.style:3:    | out of range",
            "bad-state-order.style | bad-state-order.style:4: | state 'broken'",
    })
    void rejectsABadStyleFileNamingFileAndLine(String file, String location, String problem) {
        assertThatThrownBy(() -> parse(file))
                .isInstanceOf(StyleException.class)
                .hasMessageStartingWith(location)
                .hasMessageContaining(problem);
    }

    @Test
    void readsEveryKindOfKey() {
        LayerStyle s = parse("good.style");
        assertThat(s.geometry()).isEqualTo(GeometryType.POINT);
        assertThat(s.symbol().shape()).isEqualTo(SymbolShape.INVERTED_TRIANGLE);
        assertThat(s.symbol().size()).isEqualTo(15);
        assertThat(s.symbol().stroke()).isEqualTo(new Color(255, 255, 255, 0x80));
        assertThat(s.symbol().glyph()).isEqualTo("危");
        assertThat(s.symbolFor("grade2").fill()).isEqualTo(new Color(0xFF6D00));
        assertThat(s.symbolFor("unknown")).isEqualTo(s.symbol());
        assertThat(s.stateSymbols().keySet()).containsExactly("grade2", "grade1");
        assertThat(s.clusterStateOrder()).containsExactly("grade1", "grade2");
        assertThat(s.clustersAt(40)).isTrue();
        assertThat(s.clustersAt(39.9)).isFalse();
        assertThat(s.label().priority()).isEqualTo(321);
        assertThat(s.maxResolution()).isInfinite();
    }

    @Test
    void everyBundledThemeHasAStyleForEveryLayer() {
        for (Theme theme : Theme.values()) {
            StyleSet set = StyleSet.bundled(theme);
            for (BaseLayer b : BaseLayer.values()) {
                assertThat(set.find(b.code())).as(theme + " " + b).isPresent();
            }
            for (ResourceKind k : ResourceKind.values()) {
                assertThat(set.get(k.code()).geometry()).isEqualTo(GeometryType.POINT);
            }
        }
    }

    @Test
    void resourceKindsHaveDistinctShapeAndColourPairs() {
        StyleSet set = StyleSet.bundled(Theme.LIGHT);
        long distinct = java.util.Arrays.stream(ResourceKind.values())
                .map(k -> set.get(k.code()).symbol())
                .map(sym -> sym.shape() + "/" + sym.fill().getRGB() + "/" + sym.glyph())
                .distinct().count();
        assertThat(distinct).isEqualTo(ResourceKind.values().length);
    }
}

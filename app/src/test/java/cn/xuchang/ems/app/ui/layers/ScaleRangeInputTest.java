package cn.xuchang.ems.app.ui.layers;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.app.ui.i18n.Messages;
import org.junit.jupiter.api.Test;

class ScaleRangeInputTest {
    private final ScaleRangeInput en = new ScaleRangeInput(Messages.forLanguage("en"));
    private final ScaleRangeInput zh = new ScaleRangeInput(Messages.forLanguage("zh"));

    @Test
    void readsTheWaysPeopleWriteAScale() {
        for (String written : new String[] {"1:25,000", "1:25000", "1：25000", "25000", "25 000", " 1 : 25,000 ", "1:25000.0"}) {
            ScaleRangeInput.Checked c = en.check(written, "");
            assertThat(c.ok()).as(written).isTrue();
            assertThat(c.range()).as(written).isEqualTo(new ScaleRange(25_000, 0));
        }
    }

    @Test
    void blankOrNoneMeansNoLimit() {
        assertThat(en.check("", "none").range()).isEqualTo(ScaleRange.ANY);
        assertThat(zh.check("无", "  ").range()).isEqualTo(ScaleRange.ANY);
        assertThat(en.check(en.format(0), en.format(0)).range()).isEqualTo(ScaleRange.ANY);
    }

    @Test
    void aRangeNeedsTheFartherScaleFirst() {
        ScaleRangeInput.Checked good = en.check("1:100,000", "1:5,000");
        assertThat(good.ok()).isTrue();
        assertThat(good.range()).isEqualTo(new ScaleRange(100_000, 5_000));

        ScaleRangeInput.Checked swapped = en.check("1:5,000", "1:100,000");
        assertThat(swapped.ok()).isFalse();
        assertThat(swapped.range()).isNull();
        assertThat(swapped.error()).contains("minimum scale 1:5,000", "maximum scale 1:100,000");
        assertThat(en.check("1:5,000", "5000").ok()).as("an empty range").isFalse();
        assertThat(zh.check("1:5,000", "1:100,000").error()).contains("最小比例尺 1:5,000", "最大比例尺 1:100,000");
    }

    @Test
    void textThatIsNoScaleIsNamedWithItsField() {
        ScaleRangeInput.Checked c = en.check("1:abc", "");
        assertThat(c.ok()).isFalse();
        assertThat(c.error()).startsWith("Minimum scale (zoomed out)").contains("“1:abc”", "is not a scale", "1:25000");
        assertThat(en.check("", "25000:1").error()).startsWith("Maximum scale (zoomed in)").contains("is not a scale");
        assertThat(en.check("1:", "").ok()).isFalse();
        assertThat(en.check("1e5", "").ok()).isFalse();
        assertThat(zh.check("一万", "").error()).startsWith("最小比例尺（最远）").contains("不是比例尺");
    }

    @Test
    void zeroAndNegativeScalesAreRefused() {
        for (String bad : new String[] {"1:0", "0", "-5000", "1:-5,000", "0.0"}) {
            ScaleRangeInput.Checked c = en.check(bad, "");
            assertThat(c.ok()).as(bad).isFalse();
            assertThat(c.error()).as(bad).contains("greater than 0", bad.strip());
        }
    }

    @Test
    void formatsInTheLanguagesGrouping() {
        assertThat(en.format(25_000)).isEqualTo("1:25,000");
        assertThat(en.format(4_999.6)).isEqualTo("1:5,000");
        assertThat(zh.format(1_000_000)).isEqualTo("1:1,000,000");
        assertThat(zh.format(0)).isEqualTo("无");
        // what the dialog writes, it reads back
        for (double n : ScaleRangeInput.STANDARD_SCALES) {
            assertThat(en.check(en.format(n), "").range().minimumScale()).isEqualTo(n);
        }
    }
}

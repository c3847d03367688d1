package cn.xuchang.ems.app.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class EditStringsTest {
    private static Properties load(String suffix) throws Exception {
        Properties p = new Properties();
        try (InputStream in = EditStrings.class.getResourceAsStream("/cn/xuchang/ems/app/i18n/editing" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws Exception {
        assertThat(load("_en").keySet()).isEqualTo(load("_zh_CN").keySet()).isEqualTo(load("").keySet());
    }

    @Test
    void chineseIsTheDefaultAndEnglishIsOnRequest() {
        assertThat(new EditStrings(Locale.SIMPLIFIED_CHINESE).get("action.import")).isEqualTo("导入数据…");
        assertThat(new EditStrings(Locale.ENGLISH).get("action.import")).isEqualTo("Import data…");
        assertThat(new EditStrings(Locale.ENGLISH).get("delete.header", 3)).isEqualTo("Delete 3 selected feature(s)?");
    }
}

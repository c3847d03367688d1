package cn.xuchang.ems.app.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void chineseIsTheDefaultAndEnglishIsChosenWithEn() {
        assertThat(Messages.forLanguage(null).get("app.title")).isEqualTo("许昌应急一张图");
        assertThat(Messages.forLanguage("zh").get("app.title")).isEqualTo("许昌应急一张图");
        assertThat(Messages.forLanguage("en").get("app.title")).isEqualTo("Xuchang EMS Map");
    }

    @Test
    void englishIsNotTakenFromTheJvmDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(Messages.forLanguage("zh").get("tool.home")).isEqualTo("全市");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void rejectsALanguageWithoutTranslationNamingTheChoices() {
        assertThatThrownBy(() -> Messages.forLanguage("fr"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zh or en");
    }

    @Test
    void everyChineseKeyHasAnEnglishText() throws IOException {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertThat(zh).isNotEmpty();
        assertThat(en.stringPropertyNames()).containsAll(zh.stringPropertyNames());
        assertThat(zh.stringPropertyNames()).containsAll(en.stringPropertyNames());
    }

    @Test
    void fillsArgumentsInTheLanguagesNumberFormat() {
        assertThat(Messages.forLanguage("en").get("status.ready", 1600)).isEqualTo("Ready: 1,600 emergency resources");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/cn/xuchang/ems/app/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}

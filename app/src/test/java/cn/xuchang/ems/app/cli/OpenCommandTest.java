package cn.xuchang.ems.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class OpenCommandTest {

    @Test
    void refusesAnUntranslatedLanguageBeforeOpeningAWindow() {
        StringWriter err = new StringWriter();
        int code = XemsCommand.run(new String[] {"open", "--lang", "fr", "--data-dir", "target/never-created"},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("unsupported language 'fr'", "zh or en");
        assertThat(java.nio.file.Path.of("target/never-created")).doesNotExist();
    }

    @Test
    void takesTheLanguageAlsoBeforeTheSubcommand() {
        StringWriter err = new StringWriter();
        int code = XemsCommand.run(new String[] {"--lang", "de", "open", "--data-dir", "target/never-created"},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("unsupported language 'de'");
    }
}

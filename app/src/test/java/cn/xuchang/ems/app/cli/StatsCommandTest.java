package cn.xuchang.ems.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.data.json.DomainJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsCountsPerKindAndCountyAsJson() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = XemsCommand.run(new String[] {"stats", "--json", "--data-dir", dir.toString()},
                new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        JsonNode json = DomainJson.mapper().readTree(out.toString());
        JsonNode camera = null;
        long sum = 0;
        for (JsonNode k : json.get("kinds")) {
            sum += k.get("total").asLong();
            if (k.get("kind").asText().equals("camera")) {
                camera = k;
            }
        }
        assertThat(camera).isNotNull();
        assertThat(camera.get("total").asLong()).isEqualTo(105);
        assertThat(camera.get("counties").get("411002").asLong()).isPositive();
        assertThat(json.get("total").asLong()).isEqualTo(sum);
        assertThat(json.get("kinds")).hasSize(9);
    }

    @Test
    void printsATableWithEveryKind() {
        StringWriter out = new StringWriter();
        int code = XemsCommand.run(new String[] {"stats", "--data-dir", dir.toString()},
                new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        assertThat(out.toString()).contains("rescue_team", "kindergarten", "411082", "魏都区");
        assertThat(out.toString().lines().filter(l -> l.startsWith("school")).findFirst().orElseThrow()).endsWith("785");
    }

    @Test
    void rejectsUnknownOptionWithExitCodeTwo() {
        StringWriter err = new StringWriter();
        int code = XemsCommand.run(new String[] {"stats", "--bogus", "--data-dir", dir.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--bogus");
    }

    @Test
    void acceptsDataDirBeforeTheSubcommand() throws Exception {
        StringWriter out = new StringWriter();
        int code = XemsCommand.run(new String[] {"--data-dir", dir.toString(), "stats", "--json"},
                new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        assertThat(DomainJson.mapper().readTree(out.toString()).get("data_dir").asText())
                .isEqualTo(dir.toAbsolutePath().toString());
    }
}

package cn.xuchang.ems.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.data.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second map window on a data folder that is already open: the real launcher ({@code target/xems},
 * built by {@code mvn package}) must say so in one clear line and exit non-zero, without a stack trace.
 * The first "window" is this test JVM holding the database open.
 */
class SecondInstanceIT {
    @TempDir
    Path dir;

    @Test
    void secondWindowOnTheSameDataFolderExplainsAndExitsNonZero() throws Exception {
        Path data = dir.resolve("data");
        try (Workspace first = Workspace.open(data)) {
            assertThat(first.store().count()).isPositive();
            Path launcher = Path.of(System.getProperty("xems.launcher", "target/xems"));
            assertThat(launcher).as("launcher built by 'mvn package'").isExecutable();
            ProcessBuilder pb = new ProcessBuilder(List.of(launcher.toString(), "open", "--exit-after-first-frame",
                    "--data-dir", data.toString()));
            String monocle = System.getProperty("xems.monocle.jar", "");
            pb.environment().put("XEMS_EXTRA_CLASSPATH", monocle);
            pb.environment().put("XEMS_JAVA_OPTS",
                    "-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw");
            Path stderr = dir.resolve("stderr.txt");
            Path stdout = dir.resolve("stdout.txt");
            pb.redirectError(stderr.toFile()).redirectOutput(stdout.toFile());
            Process p = pb.start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("second instance ends by itself").isTrue();

            String err = read(stderr);
            assertThat(p.exitValue()).as(err).isEqualTo(StartupFailure.EXIT_IN_USE);
            assertThat(err).contains("xems: ", data.toString(), "--data-dir");
            assertThat(err).doesNotContain("Exception", "\tat ");
            assertThat(read(stdout)).doesNotContain("first-frame-ms");
        }
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}

package cn.xuchang.ems.app.launch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.app.ui.workspace.WindowMemory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real launcher ({@code app/target/xems}, built in the package phase) as a user would:
 * plain JVM, jars on the class path, no Maven, no test class path. This is the path on which
 * ControlsFX and JavaFX start-up problems show that class-path unit tests cannot see.
 */
class LauncherIT {
    @TempDir
    Path dir;

    private static Path launcher() {
        Path p = Path.of(System.getProperty("xems.launcher", "target/xems"));
        assertThat(p).as("launcher built by 'mvn package'").isExecutable();
        return p;
    }

    @Test
    void launcherRunsTheCommandLineOnAFreshDataFolder() throws Exception {
        Result r = run(List.of(launcher().toString(), "stats", "--json", "--data-dir", dir.resolve("data").toString()),
                Map.of(), 120);
        assertThat(r.exit).as(r.output).isZero();
        assertThat(r.output).contains("\"kind\" : \"camera\"", "\"total\" : 105");
        assertThat(dir.resolve("data/db")).isDirectory();
    }

    @Test
    void launcherReportsBadArgumentsWithExitCodeTwo() throws Exception {
        Result r = run(List.of(launcher().toString(), "stats", "--no-such-option"), Map.of(), 60);
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.output).contains("--no-such-option");
    }

    @Test
    void launcherOpensTheMapWindowAndShowsTheFirstFrame() throws Exception {
        List<String> cmd = new ArrayList<>();
        Map<String, String> env = new java.util.HashMap<>();
        if (onPath("xvfb-run")) {
            // A real X server and the real GTK glass: the closest thing to a user's desktop.
            cmd.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"));
        } else {
            String monocle = System.getProperty("xems.monocle.jar", "");
            assertThat(Path.of(monocle)).as("Monocle jar for a headless window").exists();
            env.put("XEMS_EXTRA_CLASSPATH", monocle);
            env.put("XEMS_JAVA_OPTS", "-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw");
        }
        cmd.addAll(List.of(launcher().toString(), "open", "--exit-after-first-frame",
                "--data-dir", dir.resolve("data").toString()));
        Result r = run(cmd, env, 180);
        assertThat(r.exit).as(r.output).isZero();
        assertThat(r.output).containsPattern("first-frame-ms=\\d+");
        assertThat(r.output).doesNotContain("IllegalAccessError", "Exception in thread");

        // the window remembered its map size, so the next start draws its first frame ahead
        assertThat(dir.resolve("data").resolve(WindowMemory.FILE_NAME)).exists();
        env.merge("XEMS_JAVA_OPTS", "-Dxems.trace.startup=true", (a, b) -> a + " " + b);
        Result again = run(cmd, env, 180);
        assertThat(again.exit).as(again.output).isZero();
        assertThat(again.output).contains("first frame was drawn ahead").containsPattern("first-frame-ms=\\d+");
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }

    private record Result(int exit, String output) {
    }

    private Result run(List<String> cmd, Map<String, String> env, int timeoutSeconds) throws IOException, InterruptedException {
        Path log = dir.resolve("launcher-" + System.nanoTime() + ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("launcher did not finish in " + timeoutSeconds + " s: " + cmd + "\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}

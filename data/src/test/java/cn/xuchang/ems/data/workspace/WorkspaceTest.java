package cn.xuchang.ems.data.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.store.DatabaseInUseException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
    @TempDir
    Path dir;

    @Test
    void firstStartCreatesDatabaseWithSampleDataAndSecondStartReusesIt() {
        Resource removed;
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(Files.isDirectory(dir.resolve(Workspace.DATABASE_FOLDER))).isTrue();
            assertThat(ws.store().loadByKind(ResourceKind.CAMERA)).hasSize(105);
            assertThat(ws.store().loadBaseFeatures()).isNotEmpty();
            removed = ws.store().loadByKind(ResourceKind.SHELTER).get(0);
            ws.store().deleteAll(List.of(removed.id()));
        }
        try (Workspace ws = Workspace.open(dir)) {
            // Reused, not re-seeded: the user's deletion survives the restart.
            assertThat(ws.store().find(removed.id())).isEmpty();
            assertThat(ws.store().loadByKind(ResourceKind.CAMERA)).hasSize(105);
        }
        assertThat(Files.exists(dir.resolve("derby.log")) || System.getProperty("derby.stream.error.file") != null).isTrue();
    }

    @Test
    void secondProcessOnTheSameFolderGetsAClearMessage() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.store().count()).isPositive();
        }
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldWorkspace.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine(); // skip library log lines until the child says it holds the database
            } while (line != null && !line.equals(HoldWorkspace.READY));
            assertThat(line).as("child process output").isEqualTo(HoldWorkspace.READY);
            assertThatThrownBy(() -> Workspace.open(dir))
                    .isInstanceOf(DatabaseInUseException.class)
                    .hasMessageContaining("already open in another")
                    .hasMessageContaining("--data-dir");
        } finally {
            holder.destroy();
            holder.waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** Child process: opens the workspace and holds it until killed. */
    public static final class HoldWorkspace {
        static final String READY = "holding";

        public static void main(String[] args) throws Exception {
            Workspace ws = Workspace.open(Path.of(args[0]));
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(120_000);
            ws.close();
        }
    }
}

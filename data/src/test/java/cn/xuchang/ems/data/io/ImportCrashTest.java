package cn.xuchang.ems.data.io;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.store.DerbyResourceStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM in the middle of a large import (a child process, SIGKILL while the store transaction
 * holds thousands of written rows) and checks that the database opens and is exactly as before.
 */
class ImportCrashTest {
    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesTheDatabaseAsItWas() throws Exception {
        Path db = dir.resolve("db");
        List<Resource> before = List.of(TestResources.team(), TestResources.camera(), TestResources.shelter());
        try (DerbyResourceStore store = DerbyResourceStore.open(db)) {
            store.saveAll(before);
        }
        Path csv = dir.resolve("schools.csv");
        StringBuilder sb = new StringBuilder("名称,经度,纬度,学生数\n");
        for (int i = 0; i < 20_000; i++) {
            sb.append(String.format(Locale.ROOT, "第%d小学,%.5f,%.5f,%d%n", i, 113.2 + (i % 1000) * 0.001,
                    33.8 + (i / 1000) * 0.02, 100 + i % 900));
        }
        Files.writeString(csv, sb, StandardCharsets.UTF_8);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dderby.stream.error.file=" + dir.resolve("derby-child.log"),
                ImportCrashChild.class.getName(), db.toString(), csv.toString())
                .redirectErrorStream(true).start();
        List<String> seen = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                seen.add(line);
                if (line.startsWith("store ") && Long.parseLong(line.substring(6)) >= 4096) {
                    child.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).as("the child was killed mid-store, not after finishing").contains("store 4096")
                .doesNotContain("finished");
        assertThat(child.exitValue()).isNotZero();

        try (DerbyResourceStore store = DerbyResourceStore.open(db)) {
            assertThat(store.loadAll()).containsExactlyInAnyOrderElementsOf(before);
            assertThat(store.listImports()).isEmpty();
        }
        // 20,000 rows is a bulk import: its dropped indexes come back with the rollback on recovery
        assertThat(LargeImportIndexTest.indexes(db)).contains("RESOURCE_KIND", "RESOURCE_BBOX", "RESOURCE_IMPORT");
    }
}

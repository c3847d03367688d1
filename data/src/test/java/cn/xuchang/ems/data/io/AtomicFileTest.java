package cn.xuchang.ems.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void replacesTheFileAndLeavesNoTemporaryFileBehind() throws Exception {
        Path file = dir.resolve("sub").resolve("settings.properties");
        AtomicFile.replace(file, out -> out.write("a=1\n".getBytes(StandardCharsets.UTF_8)));
        AtomicFile.replace(file, out -> out.write("a=2\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(file)).isEqualTo("a=2\n");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFailedWriteKeepsTheOldFileWhole() throws Exception {
        Path file = dir.resolve("bookmarks.json");
        Files.writeString(file, "old, complete");
        assertThatThrownBy(() -> AtomicFile.replace(file, out -> {
            out.write("new, half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("bookmarks.json").hasMessageContaining("disk full");
        assertThat(Files.readString(file)).isEqualTo("old, complete");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}

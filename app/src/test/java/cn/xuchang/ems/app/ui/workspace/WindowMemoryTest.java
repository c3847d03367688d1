package cn.xuchang.ems.app.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowMemoryTest {

    @TempDir
    Path dir;

    @Test
    void remembersTheWindowAndMapSizeAcrossStarts() throws Exception {
        WindowMemory m = new WindowMemory(1440, 900, false, 840, 760, 1.0);
        m.write(dir);
        assertThat(WindowMemory.read(dir)).contains(m);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve(WindowMemory.FILE_NAME));
        }

        WindowMemory later = new WindowMemory(1920, 1050, true, 1320, 905, 2.0);
        later.write(dir);
        assertThat(WindowMemory.read(dir)).contains(later);
    }

    @Test
    void aFirstStartHasNoMemory() {
        assertThat(WindowMemory.read(dir)).isEmpty();
    }

    @Test
    void aDamagedOrHandEditedFileOnlyMeansTheDefaultWindow() throws Exception {
        Path file = dir.resolve(WindowMemory.FILE_NAME);
        Files.writeString(file, "window.width=wide\nwindow.height=900\n", StandardCharsets.UTF_8);
        assertThat(WindowMemory.read(dir)).isEmpty();
        Files.writeString(file, "window.width=1440\n", StandardCharsets.UTF_8);
        assertThat(WindowMemory.read(dir)).isEmpty();
        Files.writeString(file, "window.width=1440\nwindow.height=900\nwindow.maximized=false\n"
                + "map.width=0\nmap.height=760\nmap.outputScale=1\n", StandardCharsets.UTF_8);
        assertThat(WindowMemory.read(dir)).isEmpty();
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        assertThat(WindowMemory.read(dir)).isEmpty();
    }

    @Test
    void refusesSizesNoScreenHas() {
        assertThatThrownBy(() -> new WindowMemory(50, 900, false, 840, 760, 1)).hasMessageContaining("window size");
        assertThatThrownBy(() -> new WindowMemory(1440, 900, false, 840, 99_999, 1)).hasMessageContaining("map size");
        assertThatThrownBy(() -> new WindowMemory(1440, 900, false, 840, 760, 9)).hasMessageContaining("output scale");
    }
}

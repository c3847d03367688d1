package cn.xuchang.ems.app.ui.query;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.data.domain.ResourceKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The panel itself in a headless scene: what is enabled for which query, running, export. */
class QueryPanelTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void startToolkit() throws Exception {
        cn.xuchang.ems.app.ui.FxTestThread.start();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return cn.xuchang.ems.app.ui.FxTestThread.call(work);
    }

    @Test
    void enablesOnlyTheFiltersOfTheChosenKindAndExportsWhatRan() throws Exception {
        Executor direct = Runnable::run; // the task's own thread hand-off is tested in the view-model test
        QueryViewModel vm = onFx(() -> new QueryViewModel(QueryStrings.forLocale(Locale.SIMPLIFIED_CHINESE),
                QueryResultMap.NONE));
        QueryPanel panel = onFx(() -> {
            QueryPanel p = new QueryPanel(vm, QueryStrings.forLocale(Locale.SIMPLIFIED_CHINESE), direct);
            new Scene(p, 380, 720);
            vm.dataProperty().set(QueryEngineTest.DATA);
            return p;
        });
        assertThat(onFx(() -> panel.teamTypeBox.isDisabled())).isFalse();
        assertThat(onFx(() -> panel.minFreeSpinner.isDisabled())).isTrue();
        assertThat(onFx(() -> panel.radiusField.isDisabled())).isTrue();
        onFx(() -> {
            vm.kindProperty().set(ResourceKind.SHELTER);
            return null;
        });
        assertThat(onFx(() -> panel.teamTypeBox.isDisabled())).isTrue();
        assertThat(onFx(() -> panel.minFreeSpinner.isDisabled())).isFalse();
        assertThat(onFx(() -> panel.exportButton.isDisabled())).isTrue();

        onFx(() -> {
            vm.kindProperty().set(ResourceKind.RESCUE_TEAM);
            panel.incidentField.setText("113.85,34.03");
            panel.runButton.fire();
            return null;
        });
        // the direct executor ran the task; its result is delivered by a later FX pulse
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (onFx(() -> panel.table.getItems().size()) == 0) {
            assertThat(System.nanoTime()).isLessThan(until);
            Thread.sleep(20);
        }
        assertThat(onFx(() -> panel.table.getItems().get(0).name())).isEqualTo("近队");
        assertThat(onFx(() -> panel.exportButton.isDisabled())).isFalse();
        Path csv = dir.resolve("out.csv");
        onFx(() -> {
            panel.exportTo(csv);
            return null;
        });
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith(ResultsCsv.BOM + "序号,名称").contains("近队", "在岗");

        // a picture of the panel for review (target/query-panel.png)
        var image = onFx(() -> panel.snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", Path.of("target", "query-panel.png").toFile());
    }
}

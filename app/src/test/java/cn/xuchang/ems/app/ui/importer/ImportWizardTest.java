package cn.xuchang.ems.app.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.data.domain.RescueTeam;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.store.InMemoryResourceStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The wizard in a headless scene: preview and guessed mapping, correction, import, refusal. */
class ImportWizardTest {
    private final ExecutorService worker = cn.xuchang.ems.app.ui.FxTestThread.worker("import-test-worker");

    @BeforeAll
    static void startToolkit() throws Exception {
        cn.xuchang.ems.app.ui.FxTestThread.start();
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return cn.xuchang.ems.app.ui.FxTestThread.call(work);
    }

    private static void waitIdle(ImportWizard w) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Thread.sleep(100);
        while (onFx(() -> w.runningProperty().get())) {
            assertThat(System.nanoTime()).as("wizard still busy").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static Path resource(String name) throws Exception {
        return Path.of(ImportWizardTest.class.getResource("/io/" + name).toURI());
    }

    @Test
    void previewsGuessesMappingImportsAndRefusesBadRows() throws Exception {
        InMemoryResourceStore store = new InMemoryResourceStore();
        ImportWizard w = onFx(() -> {
            ImportWizard wizard = new ImportWizard(store, Optional.empty(), Locale.ENGLISH, worker);
            cn.xuchang.ems.app.ui.theme.DispatchTheme.apply(new Scene(wizard, 900, 640));
            wizard.kindProperty().set(ResourceKind.RESCUE_TEAM);
            wizard.fileProperty().set(resource("teams_zh_gbk.csv"));
            return wizard;
        });
        waitIdle(w);
        assertThat(onFx(() -> w.fieldOf("经度"))).isEqualTo("lon");
        assertThat(onFx(() -> w.fieldOf("人数"))).isEqualTo("headcount");
        assertThat(onFx(() -> w.statusProperty().get())).contains("CSV: 5 rows, 9 columns");
        assertThat(onFx(() -> w.mappingRows().get(0).samples())).contains("魏都区消防救援大队");

        onFx(() -> {
            w.mappingRows().stream().filter(r -> r.column().equals("联系电话")).findFirst().orElseThrow()
                    .fieldProperty().set("ignore");
            w.run(false);
            return null;
        });
        waitIdle(w);
        assertThat(onFx(() -> w.statusProperty().get())).startsWith("Imported 5");
        assertThat(store.count()).isEqualTo(5);
        assertThat(store.loadAll()).extracting(Resource::details).allSatisfy(d ->
                assertThat(((RescueTeam) d).phone()).as("the column the user dropped").isEmpty());
        snapshot(w, "import-wizard.png");

        onFx(() -> {
            w.fileProperty().set(resource("teams_bad_rows.csv"));
            return null;
        });
        waitIdle(w);
        onFx(() -> {
            w.run(false);
            return null;
        });
        waitIdle(w);
        assertThat(onFx(() -> w.statusProperty().get())).startsWith("Nothing was imported");
        assertThat(onFx(() -> w.reportLines())).anyMatch(l -> l.startsWith("Refused: teams_bad_rows.csv row 4"));
        assertThat(store.count()).isEqualTo(5);
    }

    private static void snapshot(ImportWizard w, String name) throws Exception {
        Path out = Path.of("target", name);
        Files.createDirectories(out.getParent());
        var image = onFx(() -> w.snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
    }
}

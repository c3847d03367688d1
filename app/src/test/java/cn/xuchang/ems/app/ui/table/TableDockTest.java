package cn.xuchang.ems.app.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.app.ui.FxTestThread;
import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Provenance;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.domain.Shelter;
import cn.xuchang.ems.data.domain.ShelterClass;
import cn.xuchang.ems.data.domain.Camera;
import cn.xuchang.ems.data.edit.EditHistory;
import cn.xuchang.ems.data.store.InMemoryResourceStore;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** The dock of attribute tables below a stand-in map, in a shown headless window. */
class TableDockTest {
    private final ExecutorService worker = FxTestThread.worker("dock-test-worker");
    private final InMemoryResourceStore store = new InMemoryResourceStore();
    private final AtomicInteger built = new AtomicInteger();
    private TableDock dock;
    private Region map;
    private Stage stage;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxTestThread.start();
    }

    @BeforeEach
    void showWindow() throws Exception {
        java.util.List<Resource> all = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            all.add(shelter("避难场所" + i, i));
        }
        all.add(camera());
        store.saveAll(all);
        onFx(() -> {
            dock = new TableDock(Locale.ENGLISH);
            map = new Region();
            VBox.setVgrow(map, Priority.ALWAYS);
            stage = new Stage();
            stage.setScene(new Scene(new VBox(map, dock), 1000, 700));
            stage.show();
            return null;
        });
    }

    @AfterEach
    void close() throws Exception {
        onFx(() -> {
            stage.close();
            return null;
        });
        worker.shutdownNow();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return FxTestThread.call(work);
    }

    private void open(ResourceKind kind) throws Exception {
        onFx(() -> {
            dock.show(kind, kind.code(), () -> {
                built.incrementAndGet();
                return new AttributeTable(store, new EditHistory(store, 10), kind, Locale.ENGLISH, worker);
            });
            return null;
        });
    }

    /** Waits until the table of {@code kind} is on show with {@code rows} rows. */
    private void awaitShown(ResourceKind kind, int rows) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            boolean done = onFx(() -> dock.shownKind().filter(kind::equals).isPresent()
                    && dock.shownTable().orElseThrow().shownRows().size() == rows
                    && !dock.shownTable().orElseThrow().busyProperty().get());
            if (done) {
                return;
            }
            Thread.sleep(20);
        }
        assertThat(onFx(() -> dock.shownKind())).contains(kind);
        assertThat(onFx(() -> dock.shownTable().orElseThrow().shownRows().size())).isEqualTo(rows);
    }

    private double mapHeight() throws Exception {
        onFx(() -> {
            stage.getScene().getRoot().layout();
            return null;
        });
        return onFx(() -> map.getHeight());
    }

    private Node lookup(String id) throws Exception {
        return onFx(() -> node(id));
    }

    /** FX thread only. */
    private Node node(String id) {
        return stage.getScene().lookup(id);
    }

    @Test
    void opensTablesAsPagesBelowTheMapAndClosesThemOneByOne() throws Exception {
        assertThat(onFx(() -> dock.isVisible())).isFalse();
        assertThat(mapHeight()).isEqualTo(700);

        open(ResourceKind.SHELTER);
        awaitShown(ResourceKind.SHELTER, 30);
        AttributeTable shelters = onFx(() -> dock.shownTable().orElseThrow());
        assertThat(mapHeight()).as("the dock takes its height from the map").isEqualTo(700 - TableDock.DEFAULT_HEIGHT);
        open(ResourceKind.CAMERA);
        awaitShown(ResourceKind.CAMERA, 1);
        assertThat(onFx(() -> ((ToggleButton) node("#table-tab-shelter")).isSelected())).isFalse();

        // the shelter page again: the same table, not a new one, and still with every row
        onFx(() -> {
            ((ToggleButton) node("#table-tab-shelter")).fire();
            return null;
        });
        awaitShown(ResourceKind.SHELTER, 30);
        assertThat(onFx(() -> dock.shownTable().orElseThrow())).isSameAs(shelters);
        assertThat(built).hasValue(2);
        // a click on the selected page leaves it on show
        onFx(() -> {
            ((ToggleButton) node("#table-tab-shelter")).fire();
            return null;
        });
        assertThat(onFx(() -> dock.shownKind())).contains(ResourceKind.SHELTER);

        // closing the page on show shows the one left; closing that closes the dock and gives the map its room
        onFx(() -> {
            ((Button) node("#table-tab-close-shelter")).fire();
            return null;
        });
        assertThat(onFx(() -> dock.shownKind())).contains(ResourceKind.CAMERA);
        assertThat(lookup("#table-tab-shelter")).isNull();
        onFx(() -> {
            ((Button) node("#table-tab-close-camera")).fire();
            return null;
        });
        assertThat(onFx(() -> dock.isVisible())).isFalse();
        assertThat(onFx(() -> dock.shownTable())).isEmpty();
        assertThat(mapHeight()).isEqualTo(700);

        assertThat(onFx(() -> shelters.shownRows())).as("a closed page holds no rows").isEmpty();

        // opened again: a new table with every row
        open(ResourceKind.SHELTER);
        awaitShown(ResourceKind.SHELTER, 30);
        assertThat(built).hasValue(3);
    }

    @Test
    void closingTheDockClosesEveryPageAndLetsGoOfItsRows() throws Exception {
        open(ResourceKind.SHELTER);
        awaitShown(ResourceKind.SHELTER, 30);
        AttributeTable shelters = onFx(() -> dock.shownTable().orElseThrow());
        open(ResourceKind.CAMERA);
        awaitShown(ResourceKind.CAMERA, 1);
        onFx(() -> {
            ((Button) node("#table-dock-close")).fire();
            return null;
        });
        assertThat(onFx(() -> dock.isVisible())).isFalse();
        assertThat(onFx(() -> dock.isManaged())).as("no empty strip left below the map").isFalse();
        assertThat(lookup("#table-tab-shelter")).isNull();
        assertThat(lookup("#table-tab-camera")).isNull();
        assertThat(onFx(() -> shelters.shownRows())).isEmpty();
        assertThat(onFx(() -> shelters.getParent())).as("out of the window").isNull();

        open(ResourceKind.CAMERA);
        awaitShown(ResourceKind.CAMERA, 1);
        assertThat(built).hasValue(3);
        assertThat(lookup("#table-tab-shelter")).isNull();
    }

    @Test
    void theGripResizesTheDockButLeavesTheMapItsRoom() throws Exception {
        open(ResourceKind.SHELTER);
        awaitShown(ResourceKind.SHELTER, 30);
        Region grip = (Region) lookup("#table-dock-grip");
        onFx(() -> {
            grip.fireEvent(mouse(javafx.scene.input.MouseEvent.MOUSE_PRESSED, 400));
            grip.fireEvent(mouse(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, 300));
            return null;
        });
        assertThat(mapHeight()).isEqualTo(700 - TableDock.DEFAULT_HEIGHT - 100);
        onFx(() -> {
            grip.fireEvent(mouse(javafx.scene.input.MouseEvent.MOUSE_PRESSED, 300));
            grip.fireEvent(mouse(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, -2000));
            return null;
        });
        assertThat(mapHeight()).isEqualTo(TableDock.MIN_MAP_HEIGHT);
        onFx(() -> {
            grip.fireEvent(mouse(javafx.scene.input.MouseEvent.MOUSE_PRESSED, 100));
            grip.fireEvent(mouse(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, 2000));
            return null;
        });
        assertThat(mapHeight()).isEqualTo(700 - TableDock.MIN_HEIGHT);
    }

    private static javafx.scene.input.MouseEvent mouse(javafx.event.EventType<javafx.scene.input.MouseEvent> type,
                                                       double screenY) {
        return new javafx.scene.input.MouseEvent(type, 0, 0, 0, screenY, javafx.scene.input.MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, false, false, false, null);
    }

    private static Resource shelter(String name, int i) {
        return resource(ResourceKind.SHELTER, name, 113.8 + i * 0.001,
                new Shelter(ShelterClass.values()[0], 500 + i, 0, 2000, java.util.Set.of(), true, ""));
    }

    private static Resource camera() {
        return resource(ResourceKind.CAMERA, "许昌东站广场", 113.9, new Camera("XC-0001", 90, 60, 150, true, ""));
    }

    private static Resource resource(ResourceKind kind, String name, double lon,
                                     cn.xuchang.ems.data.domain.ResourceDetails details) {
        return new Resource(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)), kind, name,
                new LonLat(lon, 34.0), new GeometryFactory().createPoint(new Coordinate(lon, 34.0)), "411002", false,
                Provenance.created("t", Instant.parse("2026-11-30T00:00:00Z"), "test", "EPSG:4490"), details);
    }
}

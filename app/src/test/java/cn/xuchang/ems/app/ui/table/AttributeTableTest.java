package cn.xuchang.ems.app.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Provenance;
import cn.xuchang.ems.data.domain.RescueTeam;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.domain.TeamType;
import cn.xuchang.ems.data.edit.EditHistory;
import cn.xuchang.ems.data.store.InMemoryResourceStore;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** The attribute table in a headless scene: search, typed edit stored at once, refusal, undo and redo. */
class AttributeTableTest {
    private final ExecutorService worker = cn.xuchang.ems.app.ui.FxTestThread.worker("table-test-worker");

    @BeforeAll
    static void startToolkit() throws Exception {
        cn.xuchang.ems.app.ui.FxTestThread.start();
    }

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return cn.xuchang.ems.app.ui.FxTestThread.call(work);
    }

    private static void settle(AttributeTable t) throws Exception {
        Thread.sleep(100);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (onFx(() -> t.busyProperty().get())) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(30);
        }
    }

    private static Resource team(String name, String county, double lon, int headcount) {
        return new Resource(UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                ResourceKind.RESCUE_TEAM, name, new LonLat(lon, 34.0), new GeometryFactory().createPoint(new Coordinate(lon, 34.0)),
                county, false, Provenance.created("t", Instant.parse("2026-11-30T00:00:00Z"), "test", "EPSG:4490"),
                new RescueTeam(TeamType.FIRE, headcount, List.of(), 5, true, ""));
    }

    private static int headcount(InMemoryResourceStore store, String name) {
        return store.loadAll().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow()
                .details(RescueTeam.class).headcount();
    }

    @Test
    void aLargeLayerFillsTheEmptyTableAFewRowsPerFrameAndEndsWithEveryRowAndItsCountAndClosingLetsGoOfThem() throws Exception {
        InMemoryResourceStore store = new InMemoryResourceStore();
        store.saveAll(java.util.stream.IntStream.range(0, 150)
                .mapToObj(i -> team("救援队" + i, "411002", 113.5 + i * 0.001, 10 + i)).toList());
        AttributeTable t = onFx(() -> {
            AttributeTable table = new AttributeTable(store, new EditHistory(store, 10), ResourceKind.RESCUE_TEAM,
                    Locale.ENGLISH, worker);
            new Scene(table, 1000, 400);
            table.reload();
            return table;
        });
        settle(t);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (onFx(() -> t.shownRows().size()) < 150 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(onFx(() -> t.shownRows().size())).isEqualTo(150);
        assertThat(onFx(() -> t.statusProperty().get())).isEqualTo("150 rows, 150 shown");


        // closed: no row is held, and a load still running when it closed brings none back
        onFx(() -> {
            t.reload();
            t.close();
            return null;
        });
        assertThat(onFx(() -> t.shownRows())).isEmpty();
        settle(t);
        assertThat(onFx(() -> t.shownRows())).isEmpty();
    }

    @Test
    void searchesEditsAtOnceRefusesBadValuesAndUndoes() throws Exception {
        InMemoryResourceStore store = new InMemoryResourceStore();
        store.saveAll(List.of(team("魏都区消防救援大队", "411002", 113.82, 45),
                team("建安区消防救援大队", "411023", 113.85, 38), team("禹州市消防救援大队", "411081", 113.48, 40)));
        EditHistory history = new EditHistory(store, 100);
        AttributeTable t = onFx(() -> {
            AttributeTable table = new AttributeTable(store, history, ResourceKind.RESCUE_TEAM, Locale.ENGLISH, worker);
            new Scene(table, 1000, 400);
            table.reload();
            return table;
        });
        settle(t);
        assertThat(onFx(() -> t.shownRows().size())).isEqualTo(3);
        onFx(() -> {
            t.searchProperty().set("魏都");
            return null;
        });
        assertThat(onFx(() -> t.shownRows().size())).isEqualTo(1);
        assertThat(onFx(() -> t.statusProperty().get())).isEqualTo("3 rows, 1 shown");

        AttributeRow weidu = onFx(() -> t.shownRows().get(0));
        onFx(() -> {
            t.commit(weidu, "headcount", "60");
            return null;
        });
        settle(t);
        assertThat(headcount(store, "魏都区消防救援大队")).isEqualTo(60);
        assertThat(onFx(() -> t.shownRows().get(0).text("headcount"))).isEqualTo("60");
        assertThat(onFx(() -> t.statusProperty().get())).startsWith("Saved: edit 魏都区消防救援大队 · headcount");

        AttributeRow edited = onFx(() -> t.shownRows().get(0));
        onFx(() -> {
            t.commit(edited, "headcount", "四十");
            return null;
        });
        settle(t);
        assertThat(onFx(() -> t.statusProperty().get())).contains("Not saved: headcount: '四十' is not a whole number");
        assertThat(headcount(store, "魏都区消防救援大队")).isEqualTo(60);

        onFx(() -> {
            t.undo();
            return null;
        });
        settle(t);
        assertThat(headcount(store, "魏都区消防救援大队")).isEqualTo(45);
        onFx(() -> {
            t.redo();
            return null;
        });
        settle(t);
        assertThat(headcount(store, "魏都区消防救援大队")).isEqualTo(60);
    }
}

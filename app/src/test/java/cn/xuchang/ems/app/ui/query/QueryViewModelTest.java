package cn.xuchang.ems.app.ui.query;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.domain.ShelterClass;
import cn.xuchang.ems.data.domain.TeamType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The panel's view-model without the window: inputs to request, a query as a Task, results to table and map. */
class QueryViewModelTest {

    private static final Executor WORKER = cn.xuchang.ems.app.ui.FxTestThread.worker("query-test-worker");

    @BeforeAll
    static void startToolkit() throws Exception {
        cn.xuchang.ems.app.ui.FxTestThread.start();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return cn.xuchang.ems.app.ui.FxTestThread.call(work);
    }

    /** Waits until the running flag drops (the task's result arrives on the FX thread). */
    private static void awaitIdle(QueryViewModel vm) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (onFx(() -> vm.runningProperty().get())) {
            assertThat(System.nanoTime()).as("query finished in time").isLessThan(until);
            Thread.sleep(20);
        }
    }

    @Test
    void runsANearestQueryOffTheFxThreadAndFillsTableAndMap() throws Exception {
        List<QueryOverlay> drawn = new ArrayList<>();
        QueryResultMap map = new QueryResultMap() {
            @Override
            public void show(QueryOverlay overlay) {
                drawn.add(overlay);
            }

            @Override
            public void clear() {
                drawn.clear();
            }
        };
        QueryViewModel vm = onFx(() -> new QueryViewModel(QueryStrings.forLocale(Locale.ENGLISH), map));
        boolean started = onFx(() -> {
            vm.dataProperty().set(QueryEngineTest.DATA);
            vm.incidentTextProperty().set("113.85, 34.03");
            vm.kindProperty().set(ResourceKind.RESCUE_TEAM);
            vm.availableOnlyProperty().set(true);
            vm.kProperty().set(5);
            return vm.locate() && vm.run(WORKER);
        });
        assertThat(started).isTrue();
        awaitIdle(vm);
        List<String> names = onFx(() -> vm.rows().stream().map(ResultRow::name).toList());
        assertThat(names).containsExactly("近队", "远队");
        assertThat(onFx(() -> vm.statusProperty().get())).isEqualTo("2 results (straight line)");
        assertThat(drawn).singleElement().satisfies(o -> assertThat(o.lineEnds()).hasSize(2));
        assertThat(onFx(vm::csv)).contains("近队", "on duty");
    }

    @Test
    void filtersFollowTheChosenKindOnly() throws Exception {
        QueryViewModel vm = onFx(() -> new QueryViewModel(QueryStrings.forLocale(Locale.ENGLISH), QueryResultMap.NONE));
        onFx(() -> {
            vm.teamTypeProperty().set(TeamType.HAZMAT);
            vm.shelterClassProperty().set(ShelterClass.CENTRAL);
            vm.minFreeCapacityProperty().set(100);
            vm.kindProperty().set(ResourceKind.SHELTER);
            return null;
        });
        var filter = onFx(vm::filter);
        assertThat(filter.teamTypes()).isEmpty();
        assertThat(filter.shelterClasses()).containsExactly(ShelterClass.CENTRAL);
        assertThat(filter.minFreeCapacity()).isEqualTo(100);
    }

    @Test
    void badInputsBecomeStatusMessagesNotExceptions() throws Exception {
        QueryViewModel vm = onFx(() -> new QueryViewModel(QueryStrings.forLocale(Locale.ENGLISH), QueryResultMap.NONE));
        assertThat(onFx(() -> vm.run(WORKER))).isFalse();
        assertThat(onFx(() -> vm.statusProperty().get())).isEqualTo("Data not loaded yet");
        onFx(() -> {
            vm.dataProperty().set(QueryEngineTest.DATA);
            vm.incidentTextProperty().set("34.03, 113.85");
            return null;
        });
        assertThat(onFx(vm::locate)).isFalse();
        assertThat(onFx(() -> vm.statusProperty().get())).contains("longitude first");
        assertThat(onFx(() -> vm.run(WORKER))).isFalse();
        assertThat(onFx(() -> vm.statusProperty().get())).contains("incident");
        onFx(() -> {
            vm.incidentTextProperty().set("公园");
            return null;
        });
        assertThat(onFx(vm::locate)).isTrue();
        assertThat(onFx(() -> vm.incidentProperty().get())).isEqualTo(QueryEngineTest.SHELTER.location());
    }

    @Test
    void dataLoadsFromTheStoreOffTheFxThread() throws Exception {
        var store = new cn.xuchang.ems.data.store.InMemoryResourceStore();
        store.saveAll(QueryEngineTest.DATA.resources());
        QueryViewModel vm = onFx(() -> new QueryViewModel(QueryStrings.forLocale(Locale.ENGLISH), QueryResultMap.NONE));
        QueryDataTask task = new QueryDataTask(store);
        onFx(() -> {
            task.setOnSucceeded(e -> vm.dataProperty().set(task.getValue()));
            return null;
        });
        WORKER.execute(task);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (onFx(() -> vm.dataProperty().get()) == null) {
            assertThat(System.nanoTime()).isLessThan(until);
            Thread.sleep(20);
        }
        assertThat(onFx(() -> vm.dataProperty().get().index().size())).isEqualTo(QueryEngineTest.DATA.resources().size());
    }

    @Test
    void mapClickSetsTheIncidentDirectly() throws Exception {
        QueryViewModel vm = onFx(() -> new QueryViewModel(QueryStrings.forLocale(Locale.ENGLISH), QueryResultMap.NONE));
        LonLat clicked = new LonLat(113.9, 34.0);
        onFx(() -> {
            vm.incidentProperty().set(clicked);
            vm.modeProperty().set(QueryMode.CAMERAS);
            return null;
        });
        assertThat(onFx(vm::request).incident()).isEqualTo(clicked);
    }
}

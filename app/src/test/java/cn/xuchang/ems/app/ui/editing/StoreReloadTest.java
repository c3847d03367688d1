package cn.xuchang.ems.app.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.data.domain.LonLat;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.store.InMemoryResourceStore;
import cn.xuchang.ems.map.layer.LayerStack;
import cn.xuchang.ems.map.style.StyleSet;
import cn.xuchang.ems.map.style.Theme;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StoreReloadTest {
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final InMemoryResourceStore store = new InMemoryResourceStore();
    private final LayerStack layers = LayerStack.standard(List.of(), List.of(), StyleSet.bundled(Theme.LIGHT));
    private final List<StoreReload.Reloaded> shown = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    private static Resource shelter(String name) {
        return NewResource.of(ResourceKind.SHELTER, name, new LonLat(113.85, 34.05), List.of(), "t", Instant.now());
    }

    private void awaitShown(int n) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (shown.size() < n) {
            assertThat(System.nanoTime()).as("reload shown").isLessThan(end);
            Thread.sleep(10);
        }
    }

    @Test
    void aCommittedWriteReachesTheLayersAndTheQueryIndex() throws Exception {
        try (StoreReload reload = new StoreReload(store, layers, List.of(), worker, Runnable::run, shown::add, e -> { })) {
            store.saveAll(List.of(shelter("甲"), shelter("乙")));
            awaitShown(1);
        }
        assertThat(layers.resourceLayer(ResourceKind.SHELTER).orElseThrow().index().size()).isEqualTo(2);
        assertThat(shown.get(0).resources()).extracting(Resource::name).containsExactlyInAnyOrder("甲", "乙");
        assertThat(shown.get(0).queryData()).isNotNull();
    }

    @Test
    void aBurstOfWritesIsOneOrTwoReloadsEndingWithEverything() throws Exception {
        CountDownLatch hold = new CountDownLatch(1);
        try (StoreReload reload = new StoreReload(store, layers, List.of(), worker, Runnable::run, shown::add, e -> { })) {
            worker.execute(() -> {
                try {
                    hold.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            for (int i = 0; i < 5; i++) {
                store.saveAll(List.of(shelter("点" + i)));
            }
            hold.countDown();
            awaitShown(1);
            Thread.sleep(200);
        }
        assertThat(shown).hasSize(1);
        assertThat(shown.get(shown.size() - 1).resources()).hasSize(5);
        assertThat(layers.resourceLayer(ResourceKind.SHELTER).orElseThrow().index().size()).isEqualTo(5);
    }

    @Test
    void afterCloseWritesAreNotFollowed() throws Exception {
        StoreReload reload = new StoreReload(store, layers, List.of(), worker, Runnable::run, shown::add, e -> { });
        reload.close();
        store.saveAll(List.of(shelter("甲")));
        Thread.sleep(200);
        assertThat(shown).isEmpty();
        assertThat(layers.resourceLayer(ResourceKind.SHELTER).orElseThrow().index().size()).isZero();
    }
}

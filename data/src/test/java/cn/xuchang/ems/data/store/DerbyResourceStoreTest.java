package cn.xuchang.ems.data.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xuchang.ems.data.domain.BaseLayer;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.domain.Shelter;
import cn.xuchang.ems.data.sample.SampleGenerator;
import cn.xuchang.ems.data.sample.XuchangBaseMap;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DerbyResourceStoreTest {
    private static XuchangBaseMap baseMap;
    private static List<Resource> sample;

    @TempDir
    Path dir;

    @BeforeAll
    static void sample() {
        baseMap = XuchangBaseMap.load();
        sample = new SampleGenerator(SampleGenerator.DEFAULT_SEED, baseMap).generate();
    }

    @Test
    void roundTripsEveryKindWithAllTypedAttributes() {
        try (DerbyResourceStore store = DerbyResourceStore.open(dir.resolve("db"))) {
            store.saveAll(sample);
            store.replaceBaseFeatures(baseMap.features());
        }
        try (DerbyResourceStore store = DerbyResourceStore.open(dir.resolve("db"))) {
            List<Resource> loaded = store.loadAll();
            assertThat(loaded).containsExactlyInAnyOrderElementsOf(sample);
            assertThat(store.loadByKind(ResourceKind.CAMERA)).hasSize(105);
            assertThat(store.find(sample.get(3).id())).contains(sample.get(3));
            assertThat(store.countByKindAndCounty().get(ResourceKind.SCHOOL).values().stream().mapToLong(Long::longValue).sum())
                    .isEqualTo(785);
            assertThat(store.loadBaseFeatures()).containsExactlyInAnyOrderElementsOf(baseMap.features());
            assertThat(store.loadBaseFeatures().stream().filter(f -> f.layer() == BaseLayer.COUNTY)).hasSize(6);
        }
    }

    @Test
    void saveReplacesExistingRecordAndDeleteRemovesIt() {
        try (DerbyResourceStore store = DerbyResourceStore.open(dir.resolve("db"))) {
            Resource shelter = sample.stream().filter(r -> r.kind() == ResourceKind.SHELTER).findFirst().orElseThrow();
            store.saveAll(List.of(shelter));
            Shelter s = shelter.details(Shelter.class);
            Resource fuller = shelter.withDetails(new Shelter(s.shelterClass(), s.capacity(), s.capacity(), s.areaM2(),
                    s.facilities(), s.open(), s.phone()), shelter.provenance().updated("tester", Instant.parse("2026-12-01T08:00:00Z")));
            store.saveAll(List.of(fuller));
            assertThat(store.count()).isEqualTo(1);
            Resource loaded = store.find(shelter.id()).orElseThrow();
            assertThat(loaded.details(Shelter.class).full()).isTrue();
            assertThat(loaded.provenance().updatedBy()).isEqualTo("tester");
            store.deleteAll(List.of(shelter.id()));
            assertThat(store.count()).isZero();
        }
    }

    @Test
    void failedTransactionLeavesNothingBehind() {
        try (DerbyResourceStore store = DerbyResourceStore.open(dir.resolve("db"))) {
            store.saveAll(sample.subList(0, 10));
            List<UUID> notified = new ArrayList<>();
            store.addListener(notified::addAll);
            assertThatThrownBy(() -> store.write(tx -> {
                tx.saveAll(sample.subList(10, 1200)); // more than one batch reaches the database
                throw new IllegalStateException("cancelled by the user");
            })).isInstanceOf(StoreException.class).hasMessageContaining("rolled back");
            assertThat(store.count()).isEqualTo(10);
            assertThat(notified).isEmpty();
            store.write(tx -> tx.saveAll(sample.subList(10, 20)));
            assertThat(notified).hasSize(10);
            assertThat(store.count()).isEqualTo(20);
        }
    }

    @Test
    void importedRecordsRememberTheirBatchAndUndoRemovesExactlyThem() throws Exception {
        UUID batch = UUID.randomUUID();
        ImportBatch record = new ImportBatch(batch, "clerk", Instant.parse("2026-11-30T09:00:00Z"), "/tmp/schools.csv",
                ResourceKind.SCHOOL, "EPSG:4490", 2, 1, null);
        try (DerbyResourceStore store = DerbyResourceStore.open(dir.resolve("db"))) {
            assertThatThrownBy(() -> store.write(tx -> tx.saveImported(sample.get(0), batch)))
                    .hasMessageContaining("not recorded");
            store.write(tx -> {
                tx.recordImport(record);
                tx.saveImported(sample.get(0), batch);
            });
            assertThat(store.listImports()).containsExactly(record);
        }
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + dir.resolve("db").toAbsolutePath());
             ResultSet rs = c.createStatement().executeQuery("SELECT import_id FROM resource")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(batch.toString());
        } finally {
            shutdown(dir.resolve("db"));
        }
        try (DerbyResourceStore store = DerbyResourceStore.open(dir.resolve("db"))) {
            store.saveAll(List.of(sample.get(1)));
            List<UUID> notified = new ArrayList<>();
            store.addListener(notified::addAll);
            Instant undoneAt = Instant.parse("2026-11-30T10:00:00Z");
            int[] deleted = new int[1];
            store.write(tx -> deleted[0] = tx.undoImport(batch, undoneAt));
            assertThat(deleted[0]).isEqualTo(1);
            assertThat(notified).containsExactly(sample.get(0).id());
            assertThat(store.loadAll()).containsExactly(sample.get(1));
            assertThat(store.findImport(batch)).contains(record.undoneAt(undoneAt));
            assertThatThrownBy(() -> store.write(tx -> tx.undoImport(batch, undoneAt)))
                    .hasMessageContaining("already undone");
        }
    }

    @Test
    void storesWorkspaceFacts() {
        try (DerbyResourceStore store = DerbyResourceStore.open(dir.resolve("db"))) {
            assertThat(store.meta("k")).isEmpty();
            store.putMeta("k", "v1");
            store.putMeta("k", "v2");
            assertThat(store.meta("k")).contains("v2");
        }
    }

    static void shutdown(Path db) {
        try {
            DriverManager.getConnection("jdbc:derby:" + db.toAbsolutePath() + ";shutdown=true");
        } catch (java.sql.SQLException expected) {
            // 08006: database shut down
        }
    }
}

package cn.xuchang.ems.data.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.sample.SampleGenerator;
import cn.xuchang.ems.data.sample.XuchangBaseMap;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigrationsTest {
    @TempDir
    Path dir;

    @Test
    void upgradesAnExistingVersionOneDatabaseKeepingItsRows() throws Exception {
        Path db = dir.resolve("db");
        String url = "jdbc:derby:" + db.toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url + ";create=true")) {
            assertThat(SchemaMigrations.migrateTo(url, "1")).isEqualTo(1);
            c.createStatement().executeUpdate("INSERT INTO resource (id, kind, name, county_code, lon, lat, geom, "
                    + "min_lon, min_lat, max_lon, max_lat, details, sample, created_by, created_at, updated_by, "
                    + "updated_at, source, source_crs) VALUES ('00000000-0000-0000-0000-000000000001', 'school', "
                    + "'老学校', '411002', 113.8, 34.0, CAST(X'01010000003333333333735C400000000000004140' AS BLOB), "
                    + "113.8, 34.0, 113.8, 34.0, '{\"pupils\":120,\"planOnFile\":true,\"phone\":\"\"}', TRUE, "
                    + "'v1', CURRENT_TIMESTAMP, 'v1', CURRENT_TIMESTAMP, 'old.csv', 'EPSG:4490')");
            assertThat(columnExists(c, "IMPORT_ID")).isFalse();
        }
        DerbyResourceStoreTest.shutdown(db);

        try (DerbyResourceStore store = DerbyResourceStore.open(db)) {
            Resource old = store.loadAll().get(0);
            assertThat(old.name()).isEqualTo("老学校");
            assertThat(old.provenance().source()).isEqualTo("old.csv");
            var sample = new SampleGenerator(1, XuchangBaseMap.load()).generate();
            var batch = new ImportBatch(java.util.UUID.randomUUID(), "clerk", java.time.Instant.now(), "new.csv",
                    sample.get(0).kind(), "EPSG:4490", 1, 0, null);
            store.write(tx -> {
                tx.recordImport(batch);
                tx.saveImported(sample.get(0), batch.id());
            });
            assertThat(store.listImports()).containsExactly(batch);
            assertThat(store.count()).isEqualTo(2);
        }
        try (Connection c = DriverManager.getConnection(url)) {
            assertThat(columnExists(c, "IMPORT_ID")).isTrue();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM \"schema_history\" WHERE \"success\" = TRUE")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
        }
        DerbyResourceStoreTest.shutdown(db);
        assertThat(SchemaMigrations.migrate(url)).isZero();
        DerbyResourceStoreTest.shutdown(db);
    }

    private static boolean columnExists(Connection c, String column) throws Exception {
        try (ResultSet rs = c.getMetaData().getColumns(null, null, "RESOURCE", column)) {
            return rs.next();
        }
    }

    @Test
    void latestVersionConstantNamesTheNewestScript() throws Exception {
        Path scripts = Path.of(SchemaMigrations.class.getResource("/db/migration").toURI());
        int newest;
        try (var files = java.nio.file.Files.list(scripts)) {
            newest = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
        assertThat(SchemaMigrations.LATEST_VERSION).isEqualTo(Integer.toString(newest));
    }

    @Test
    void knowsWhenADatabaseIsCurrent() throws Exception {
        Path db = dir.resolve("db");
        String url = "jdbc:derby:" + db.toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url + ";create=true")) {
            assertThat(SchemaMigrations.isCurrent(c)).isFalse();
            SchemaMigrations.migrateTo(url, "1");
            assertThat(SchemaMigrations.isCurrent(c)).isFalse();
            SchemaMigrations.migrate(url);
            assertThat(SchemaMigrations.isCurrent(c)).isTrue();
        }
        DerbyResourceStoreTest.shutdown(db);
    }
}

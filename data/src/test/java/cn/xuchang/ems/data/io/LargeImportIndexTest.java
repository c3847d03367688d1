package cn.xuchang.ems.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.store.DerbyResourceStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large imports into Derby build the secondary indexes after the rows (a 100k-row import is several
 * times faster); committed or rolled back, the indexes are all there afterwards.
 */
class LargeImportIndexTest {
    private static final Set<String> INDEXES = Set.of("RESOURCE_KIND", "RESOURCE_BBOX", "RESOURCE_IMPORT");

    @TempDir
    Path dir;

    @Test
    void indexesSurviveACommittedAndACancelledLargeImport() throws Exception {
        Path db = dir.resolve("db");
        Path csv = dir.resolve("schools.csv");
        StringBuilder sb = new StringBuilder("名称,经度,纬度,学生数\n");
        for (int i = 0; i < 25_000; i++) {
            sb.append(String.format(Locale.ROOT, "第%d小学,%.5f,%.5f,%d%n", i, 113.2 + (i % 1000) * 0.001,
                    33.8 + (i / 1000) * 0.02, 100 + i % 900));
        }
        Files.writeString(csv, sb, StandardCharsets.UTF_8);
        ImportRequest request = ImportRequest.of(csv, ResourceKind.SCHOOL, "c");
        try (DerbyResourceStore store = DerbyResourceStore.open(db)) {
            ResourceImport importer = new ResourceImport(store, Optional.empty(), Clock.systemUTC());
            assertThat(importer.run(request, ImportProgress.NONE).stored()).isEqualTo(25_000);
            assertThatThrownBy(() -> importer.run(request, new ImportProgress() {
                private boolean storing;

                @Override
                public void update(String phase, long done, long total) {
                    storing = phase.equals("store") && done > 10_000;
                }

                @Override
                public boolean cancelled() {
                    return storing;
                }
            })).isInstanceOf(ImportCancelledException.class);
            assertThat(store.count()).isEqualTo(25_000);
            assertThat(store.listImports()).hasSize(1);
        }
        assertThat(indexes(db)).containsAll(INDEXES);
    }

    static Set<String> indexes(Path db) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + db.toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT CONGLOMERATENAME FROM SYS.SYSCONGLOMERATES WHERE ISINDEX")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:" + db.toAbsolutePath() + ";shutdown=true").close();
            } catch (SQLException expected) {
                // Derby reports a successful shutdown as an exception (08006)
            }
        }
        return names;
    }
}

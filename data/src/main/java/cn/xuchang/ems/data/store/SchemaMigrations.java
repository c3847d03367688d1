package cn.xuchang.ems.data.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Versioned schema migrations (Flyway, scripts in {@code db/migration}). Scripts are append-only:
 * a released {@code Vn__*.sql} is never edited, a change is a new version.
 */
public final class SchemaMigrations {
    /** Where the migration scripts live on the class path. */
    public static final String LOCATION = "classpath:db/migration";
    /** Version of the newest script in {@link #LOCATION}; a test keeps it in step with the scripts. */
    public static final String LATEST_VERSION = "2";
    private static final String HISTORY_TABLE = "schema_history";

    private SchemaMigrations() {
    }

    /** Brings the schema of the database at JDBC {@code url} to the newest version; returns how many scripts ran. */
    public static int migrate(String url) {
        return migrateTo(url, null);
    }

    /**
     * True when the database behind {@code connection} already has {@link #LATEST_VERSION} applied.
     * Checked before starting Flyway, whose class-path scan costs a few hundred milliseconds of
     * every start-up that has nothing to migrate.
     */
    public static boolean isCurrent(java.sql.Connection connection) {
        String sql = "SELECT COUNT(*) FROM \"" + HISTORY_TABLE + "\" WHERE \"success\" = TRUE AND \"version\" = ?";
        try (java.sql.PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, LATEST_VERSION);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        } catch (java.sql.SQLException noHistoryYet) {
            return false;
        }
    }

    /**
     * Brings the schema to {@code target} (null: newest). Used by tests that build an old database
     * and then upgrade it.
     */
    public static int migrateTo(String url, String target) {
        var config = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(url, "", "")
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                .validateMigrationNaming(true);
        if (target != null) {
            config = config.target(MigrationVersion.fromVersion(target));
        }
        MigrateResult result = config.load().migrate();
        return result.migrationsExecuted;
    }
}

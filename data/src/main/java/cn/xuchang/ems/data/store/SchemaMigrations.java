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

    private SchemaMigrations() {
    }

    /** Brings the schema of the database at JDBC {@code url} to the newest version; returns how many scripts ran. */
    public static int migrate(String url) {
        return migrateTo(url, null);
    }

    /**
     * Brings the schema to {@code target} (null: newest). Used by tests that build an old database
     * and then upgrade it.
     */
    public static int migrateTo(String url, String target) {
        var config = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(url, "", "")
                .locations(LOCATION)
                .table("schema_history")
                .validateMigrationNaming(true);
        if (target != null) {
            config = config.target(MigrationVersion.fromVersion(target));
        }
        MigrateResult result = config.load().migrate();
        return result.migrationsExecuted;
    }
}

package vn.ansinh.shared;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway migration written in Java (what SQL alone cannot do alike on H2 and PostgreSQL): its version, its
 * description, a checksum that is its version (its code is fixed once released), in the migration's transaction.
 */
public abstract class NumberedJavaMigration implements JavaMigration {

    private final int version;
    private final String description;

    protected NumberedJavaMigration(int version, String description) {
        this.version = version;
        this.description = description;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(String.valueOf(version));
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return version;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}

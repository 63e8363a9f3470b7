package vn.ansinh.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Path;

import org.h2.jdbcx.JdbcDataSource;

import vn.ansinh.backups.internal.DatabaseScripts;
import vn.ansinh.backups.internal.RestoreBeforeMigration;

/**
 * A backup or a restore in a JVM of its own, started by {@link BackupBenchmark} with ansinh's production heap
 * (-Xmx1g, README): «backup» runs what Backups.make writes the file with (DatabaseScripts.scriptTo: SCRIPT TO …
 * COMPRESSION ZIP in one serializable read-only transaction); «restore» runs what --ansinh.backup.restore runs
 * before Flyway (RestoreBeforeMigration.restoreInto: the checks, then RUNSCRIPT into the empty database).
 * Arguments: backup|restore, JDBC URL, zip file. Prints its figures on a line starting with RUN.
 */
public final class BackupRun {

    private BackupRun() {
    }

    public static void main(String[] args) {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL(args[1]);
        database.setUser("sa");
        database.setPassword("");
        Path zip = Path.of(args[2]);
        long start = System.nanoTime();
        if (args[0].equals("backup")) {
            new DatabaseScripts(database).scriptTo(zip);
        } else {
            RestoreBeforeMigration.restoreInto(database, zip);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("RUN millis=%d peakHeapMb=%d maxHeapMb=%d%n", millis, peak / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}

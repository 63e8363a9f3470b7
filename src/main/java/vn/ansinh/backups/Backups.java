package vn.ansinh.backups;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ansinh.backups.internal.BackupFolder;
import vn.ansinh.backups.internal.DatabaseScripts;
import vn.ansinh.backups.internal.Retention;

/**
 * Makes a backup of the database into the backup folder, then deletes the copies the keeping rules no longer
 * need; lists the copies. One backup at a time. On PostgreSQL it refuses: the database server owns its files,
 * and pg_dump (README, «Sao lưu và khôi phục») is the way to copy them.
 */
@Service
public class Backups {

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    /** Two backups asked for in the same second: the second waits for the next second, this long at most. */
    private static final long SAME_SECOND_WAIT_MS = 1_100;

    private final BackupFolder folder;
    private final DatabaseScripts database;
    private final Retention retention;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final ReentrantLock oneAtATime = new ReentrantLock();

    Backups(BackupProperties properties, DataSource dataSource, Clock clock, ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager) {
        this.folder = new BackupFolder(properties.folder());
        this.database = new DatabaseScripts(dataSource);
        this.retention = new Retention(properties.keepDays(), properties.keepMonths());
        this.clock = clock;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The folder the copies are in, as a full path. */
    public Path folder() {
        return folder.path();
    }

    public List<Backup> list() {
        return folder.list();
    }

    public Optional<Backup> byName(String name) {
        return folder.of(name);
    }

    /** Whether ansinh can make backups: on the embedded H2 database, not on PostgreSQL. */
    public boolean available() {
        return database.isH2();
    }

    /** Makes a backup now, audited with who asked, then applies the keeping rules. */
    public Backup make(BackupTrigger trigger) {
        if (!available()) {
            throw new BackupRefusedException("backups.refused.postgres");
        }
        if (!oneAtATime.tryLock()) {
            throw new BackupRefusedException("backups.refused.busy");
        }
        try {
            Backup backup = write(freeName());
            transactions.executeWithoutResult(status -> events.publishEvent(BackupChanged.made(backup, trigger)));
            LOG.info("Backup {} made ({} bytes, {})", backup.name(), backup.size(), trigger);
            applyRetention();
            return backup;
        } finally {
            oneAtATime.unlock();
        }
    }

    private Backup write(String name) {
        folder.create();
        try {
            database.scriptTo(folder.partFile(name));
            return folder.finish(name);
        } finally {
            folder.deletePart(name);
        }
    }

    /** The name of the clock's second, once no copy has it (a backup made this very second waits for the next). */
    private String freeName() {
        long waitUntil = System.nanoTime() + SAME_SECOND_WAIT_MS * 1_000_000;
        String name = BackupFolder.nameAt(clock.instant());
        while (folder.of(name).isPresent() && System.nanoTime() < waitUntil) {
            pause();
            name = BackupFolder.nameAt(clock.instant());
        }
        if (folder.of(name).isPresent()) {
            throw new BackupRefusedException("backups.refused.exists", name);
        }
        return name;
    }

    private void applyRetention() {
        Instant now = clock.instant();
        for (Backup old : retention.toDelete(folder.list(), now)) {
            transactions.executeWithoutResult(status -> {
                folder.delete(old);
                events.publishEvent(BackupChanged.deleted(old));
            });
            LOG.info("Backup {} deleted by the keeping rules (newer copies of its day and month are kept)", old.name());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

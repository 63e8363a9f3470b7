package vn.ansinh.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.reader.UnicodeReader;

import vn.ansinh.checks.FigureChecks;
import vn.ansinh.checks.Finding;
import vn.ansinh.intake.ImportCounts;
import vn.ansinh.intake.ImportResult;
import vn.ansinh.intake.ProgrammeImported;
import vn.ansinh.programme.Programme;
import vn.ansinh.shared.AccessScope;

/**
 * Reads a file, then writes it in one transaction that is rolled back on any error or a dry run.
 * A real write publishes {@link ProgrammeImported} inside that transaction, for the audit log.
 */
@Component
public class ProgrammeFileImport {

    private static final Logger log = LoggerFactory.getLogger(ProgrammeFileImport.class);

    private final ProgrammeWriter writer;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final FigureChecks checks;

    /**
     * A programme's file is text of some tens of KB (Cam Lộ 2019: 35 KB); the YAML parser takes seconds a MB of
     * hostile text, so a file far larger than any programme is refused unread.
     */
    static final int MAX_BYTES = 1 << 20;

    ProgrammeFileImport(ProgrammeWriter writer, TransactionTemplate transaction, ApplicationEventPublisher events,
            FigureChecks checks) {
        this.writer = writer;
        this.checks = checks;
        this.transaction = transaction;
        this.events = events;
    }

    public ImportResult run(String fileName, InputStream content, boolean dryRun) throws IOException {
        Errors errors = new Errors(fileName);
        byte[] bytes = content.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            errors.add(new Where(1, ""), "", "intake.file.tooLarge", MAX_BYTES >> 10);
            return new ImportResult(fileName, dryRun, null, ImportCounts.NONE, errors.list());
        }
        Optional<ProgrammeFile> file;
        try (UnicodeReader reader = new UnicodeReader(new java.io.ByteArrayInputStream(bytes))) {
            file = ProgrammeFileReader.read(reader, errors);
        }
        if (file.isEmpty()) {
            return new ImportResult(fileName, dryRun, null, ImportCounts.NONE, errors.list());
        }
        Tally tally = new Tally();
        AtomicReference<Long> programmeId = new AtomicReference<>();
        AtomicInteger disagreements = new AtomicInteger();
        try {
            transaction.executeWithoutResult(status -> write(file.get(), fileName, dryRun, errors, tally, status)
                    .map(Programme::id).ifPresent(id -> {
                        programmeId.set(id);
                        disagreements.set(disagreements(id, errors));
                    }));
        } catch (DataAccessException e) {
            log.error("Import of {} failed while writing", fileName, e);
            errors.add(new Where(1, ""), "", "intake.write.failed");
        }
        boolean written = !errors.any() && !dryRun;
        return new ImportResult(fileName, dryRun, written ? programmeId.get() : null,
                errors.any() ? ImportCounts.NONE : tally.counts(), errors.list(), errors.any() ? 0 : disagreements.get());
    }

    /** Inside the transaction, before a dry run is rolled back: how many printed figures the file gets wrong. */
    private int disagreements(long programmeId, Errors errors) {
        return errors.any() ? 0 : checks.findings(programmeId, AccessScope.everything())
                .map(findings -> Finding.onePerCell(findings).size()).orElse(0);
    }

    /** Inside the transaction: rolls back on errors or a dry run, otherwise tells the audit log. */
    private Optional<Programme> write(ProgrammeFile file, String fileName, boolean dryRun, Errors errors, Tally tally,
            TransactionStatus status) {
        Optional<Programme> programme = writer.write(file, fileName, errors, tally);
        if (errors.any() || dryRun) {
            status.setRollbackOnly();
        } else {
            programme.ifPresent(p -> events.publishEvent(
                    new ProgrammeImported(p.id(), p.coordinatingUnitId(), fileName, tally.counts())));
        }
        return programme;
    }
}

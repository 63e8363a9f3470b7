package vn.ansinh.intake;

import java.io.IOException;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.ansinh.intake.internal.sheets.WorkbookTableImport;
import vn.ansinh.shared.AccessScope;

/**
 * Imports Biểu 1, 2 and 3 of a programme from a workbook — the layout ansinh exports and the ones
 * offices make by hand. All or nothing: with any error nothing is written; a dry run says what
 * would change and what the workbook's printed figures get wrong, and writes nothing. Only rows of
 * units the user may write are taken.
 */
@Service
public class WorkbookImporter {

    private final WorkbookTableImport tableImport;

    WorkbookImporter(WorkbookTableImport tableImport) {
        this.tableImport = tableImport;
    }

    /** Empty when the programme does not exist or the scope cannot read it. */
    public Optional<WorkbookImport> importWorkbook(long programmeId, String file, byte[] content, boolean dryRun,
            AccessScope scope) throws IOException {
        return tableImport.run(programmeId, file, content, dryRun, scope);
    }
}

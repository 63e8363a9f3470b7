package vn.ansinh.labour;

import java.io.IOException;

import org.springframework.stereotype.Service;

import vn.ansinh.labour.internal.importing.LabourListImport;
import vn.ansinh.shared.AccessScope;

/**
 * Imports labour records from a list (CSV or XLSX, a record a row; columns in README): checked whole,
 * then written all or nothing; a dry run only counts. kind: the kind of every row when the list has no
 * «Loại» column (null: the column is needed).
 */
@Service
public class LabourImports {

    private final LabourListImport listImport;

    LabourImports(LabourListImport listImport) {
        this.listImport = listImport;
    }

    public LabourImportResult importList(String file, byte[] content, RecordKind kind, boolean dryRun, AccessScope scope)
            throws IOException {
        return listImport.run(file, content, kind, dryRun, scope);
    }
}

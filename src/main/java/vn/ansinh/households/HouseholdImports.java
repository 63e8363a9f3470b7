package vn.ansinh.households;

import java.io.IOException;

import org.springframework.stereotype.Service;

import vn.ansinh.households.internal.importing.HouseholdListImport;
import vn.ansinh.shared.AccessScope;

/**
 * Imports households and their members from a list (CSV or XLSX, one row per member; the columns are
 * in README): all checked first, then all written or nothing; a dry run only says what it would do.
 */
@Service
public class HouseholdImports {

    private final HouseholdListImport listImport;

    HouseholdImports(HouseholdListImport listImport) {
        this.listImport = listImport;
    }

    public HouseholdImportResult importList(String file, byte[] content, boolean dryRun, AccessScope scope)
            throws IOException {
        return listImport.run(file, content, dryRun, scope);
    }
}

package vn.ansinh.households;

import java.io.IOException;

import org.springframework.stereotype.Service;

import vn.ansinh.households.internal.importing.HouseholdListImport;
import vn.ansinh.households.internal.importing.HouseholdListTemplate;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.lists.ListTemplate;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.CommuneNames;
import vn.ansinh.units.Units;

/**
 * Imports households and their members from a list (CSV or XLSX, one row per member; the columns are
 * in README): all checked first, then all written or nothing; a dry run only says what it would do.
 */
@Service
public class HouseholdImports {

    private final HouseholdListImport listImport;
    private final Units units;

    HouseholdImports(HouseholdListImport listImport, Units units) {
        this.listImport = listImport;
        this.units = units;
    }

    /** The columns and allowed values of a list, the communes being those the user may write. */
    public ListTemplate template(AccessScope scope) {
        return HouseholdListTemplate.of(units.all().stream()
                .filter(u -> CommuneNames.KINDS.contains(u.kind()) && scope.canWrite(u.id()))
                .map(AdministrativeUnit::name).toList());
    }

    public HouseholdImportResult importList(String file, byte[] content, boolean dryRun, AccessScope scope)
            throws IOException {
        return listImport.run(file, content, dryRun, scope);
    }
}

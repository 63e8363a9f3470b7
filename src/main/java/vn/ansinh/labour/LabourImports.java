package vn.ansinh.labour;

import java.io.IOException;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.ansinh.labour.internal.importing.LabourListImport;
import vn.ansinh.labour.internal.importing.LabourListTemplate;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.lists.ListTemplate;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.CommuneNames;
import vn.ansinh.units.Units;

/**
 * Imports labour records from a list (CSV or XLSX, a record a row; columns in README): checked whole,
 * then written all or nothing; a dry run only counts. kind: the kind of every row when the list has no
 * «Loại» column (null: the column is needed).
 */
@Service
public class LabourImports {

    private final LabourListImport listImport;
    private final Units units;

    LabourImports(LabourListImport listImport, Units units) {
        this.listImport = listImport;
        this.units = units;
    }

    /** The columns and allowed values of a record list, the communes being those the user may write. */
    public ListTemplate template(AccessScope scope) {
        return LabourListTemplate.records(communes(scope));
    }

    /** The same of a person list (POST /api/v1/labour/persons/imports). */
    public ListTemplate personTemplate(AccessScope scope) {
        return LabourListTemplate.persons(communes(scope));
    }

    private List<String> communes(AccessScope scope) {
        return units.all().stream().filter(u -> CommuneNames.KINDS.contains(u.kind()) && scope.canWrite(u.id()))
                .map(AdministrativeUnit::name).toList();
    }

    public LabourImportResult importList(String file, byte[] content, RecordKind kind, boolean dryRun, AccessScope scope)
            throws IOException {
        return listImport.run(file, content, kind, dryRun, scope);
    }
}

package vn.ansinh.gratitude;

import java.io.IOException;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.gratitude.internal.importing.GratitudeListImport;
import vn.ansinh.gratitude.internal.importing.GratitudeTemplates;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.lists.ListTemplate;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.CommuneNames;
import vn.ansinh.units.Units;

/**
 * Imports contributions and gratitude houses from a list (CSV of one, or XLSX with a sheet of each; one row per
 * entry; the columns are those of the page's forms): all checked first, then all written, each entry audited as the
 * page's are, or nothing; a dry run only lists what it would write.
 */
@Service
public class GratitudeImports {

    private final GratitudeListImport listImport;
    private final GratitudeEntries entries;
    private final Units units;
    private final GratitudeFund fund;

    GratitudeImports(GratitudeListImport listImport, GratitudeEntries entries, Units units, GratitudeFund fund) {
        this.fund = fund;
        this.listImport = listImport;
        this.entries = entries;
        this.units = units;
    }

    /** The columns and allowed values of the two lists (contributions, houses), the communes being those the user writes. */
    public List<ListTemplate> templates(AccessScope scope) {
        return GratitudeTemplates.of(units.all().stream().filter(u -> CommuneNames.KINDS.contains(u.kind())
                && scope.canWrite(u.id())).map(AdministrativeUnit::name).sorted().toList());
    }

    /** The template to fill in: one workbook with a sheet of each list. */
    public byte[] templateWorkbook(AccessScope scope) throws IOException {
        List<ListTemplate> templates = templates(scope);
        return GratitudeTemplates.workbook(templates.get(0), templates.get(1));
    }

    /** Checks the list and, unless a dry run or anything is wrong, adds all its entries in one transaction. */
    @Transactional
    public GratitudeImportResult importList(String file, byte[] content, boolean dryRun, AccessScope scope) {
        GratitudeListImport.Checked checked = listImport.check(content, scope,
                (code, unit) -> entries.household(code, unit, scope), this::recorded);
        if (!checked.errors().isEmpty() || dryRun) {
            return new GratitudeImportResult(file, dryRun, checked.contributions(), checked.houses(), checked.errors(),
                    checked.notices());
        }
        return new GratitudeImportResult(file, false, checked.contributions().stream().map(entries::write).toList(),
                checked.houses().stream().map(entries::write).toList(), List.of(), checked.notices());
    }

    private boolean recorded(GratitudeHouse house) {
        String head = house.headName().strip();
        return fund.houses(List.of(house.unitId()), house.handedOverOn(), house.handedOverOn()).stream()
                .anyMatch(h -> h.headName().strip().equalsIgnoreCase(head));
    }
}

package vn.ansinh.households;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.households.internal.HouseholdListExport;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.units.Units;

/** The household list of a unit and the units below it, as an XLSX the import reads back. */
@Service
@Transactional(readOnly = true)
public class HouseholdExports {

    private final HouseholdListExport export;
    private final Units units;

    HouseholdExports(HouseholdListExport export, Units units) {
        this.export = export;
        this.units = units;
    }

    /**
     * Writes the list; returns how many member rows it has. marking: the words that say the file holds personal
     * data and why it was taken, in the header of every printed page and in the file's description.
     */
    public long writeXlsx(long unitId, int year, AccessScope scope, String marking, OutputStream out) throws IOException {
        Set<Long> unitIds = units.withDescendants(unitId);
        Map<Long, String> names = new HashMap<>();
        units.byIds(unitIds).forEach((id, unit) -> names.put(id, unit.name()));
        return export.write(unitIds, names, year, scope, marking, out);
    }
}

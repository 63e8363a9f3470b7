package vn.ansinh.annex.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import vn.ansinh.annex.ColumnRole;
import vn.ansinh.annex.ComputedColumn;
import vn.ansinh.annex.ComputedRow;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.annex.SplitKey;
import vn.ansinh.annex.TableAsOf;
import vn.ansinh.annex.TableYears;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;

/**
 * A column of a programme's table followed through every year the scope reads a table of that code, each year
 * regrouped under the same day's units, for the units of the chosen programme's table on that day.
 */
@Component
public class LineageYears {

    private final LineageTables lineageTables;
    private final Programmes programmes;

    LineageYears(LineageTables lineageTables, Programmes programmes) {
        this.lineageTables = lineageTables;
        this.programmes = programmes;
    }

    /** Empty when the scope cannot read the table; column: a numeric column's code, or none for the default. */
    public Optional<TableYears> years(long programmeId, String code, AccessScope scope, LocalDate day, SplitKey key,
            String column) {
        return lineageTables.asOf(programmeId, code, scope, day, key).map(own -> follow(own, code, scope, day, key, column));
    }

    private TableYears follow(TableAsOf own, String code, AccessScope scope, LocalDate day, SplitKey key, String column) {
        ComputedTable table = own.table();
        List<ComputedColumn> choices = table.numericColumns();
        ComputedColumn chosen = choices.stream().filter(c -> c.code().equals(column)).findFirst()
                .orElseGet(() -> defaultColumn(choices));
        Map<Long, TableYears.UnitYears> rows = new LinkedHashMap<>();
        table.rows().forEach(r -> rows.put(r.unitId(), new TableYears.UnitYears(r.unitId(), r.label(), new TreeMap<>(),
                new HashSet<>())));
        List<Programme> oldestFirst = programmes.readable(scope).stream()
                .sorted(Comparator.comparingInt(Programme::programmeYear)).toList();
        List<Integer> years = new ArrayList<>();
        for (Programme programme : oldestFirst) {
            Optional<TableAsOf> year = lineageTables.asOf(programme.id(), code, scope, day, key);
            if (year.isPresent() && collect(year.get(), chosen.code(), rows) && !years.contains(programme.programmeYear())) {
                years.add(programme.programmeYear());
            }
        }
        return new TableYears(code, table.definition().title(), day, chosen, choices, years, List.copyOf(rows.values()));
    }

    /** The year's value of each unit followed; whether the year had any of them. */
    private static boolean collect(TableAsOf year, String column, Map<Long, TableYears.UnitYears> rows) {
        boolean any = false;
        for (ComputedRow row : year.table().rows()) {
            TableYears.UnitYears unit = rows.get(row.unitId());
            if (unit != null && !unit.values().containsKey(year.table().year())) {
                unit.values().put(year.table().year(), row.value(column));
                if (!year.comparable(row.unitId())) {
                    unit.notComparable().add(year.table().year());
                }
                any = true;
            }
        }
        return any;
    }

    /** The first rate (Biểu 2: the poverty rate), else the first target (Biểu 1: jobs to create), else the first. */
    private static ComputedColumn defaultColumn(List<ComputedColumn> choices) {
        return choices.stream().filter(ComputedColumn::rate).findFirst()
                .or(() -> choices.stream().filter(c -> c.column().role() == ColumnRole.TARGET).findFirst())
                .orElse(choices.get(0));
    }
}

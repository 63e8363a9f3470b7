package vn.ansinh.labour;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.annex.AnnexTables;
import vn.ansinh.annex.ColumnRole;
import vn.ansinh.annex.ComputedRow;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.annex.OverriddenTable;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.targets.Indicators;

/**
 * Biểu 1's labour-force baseline from person lists: a commune with a list has its working age,
 * employed, skilled-without-certificate and untrained counted from it on 1 January of the programme's
 * year (working age by the law of that year); the others keep their entered figures.
 */
@Service
@Transactional(readOnly = true)
public class LabourForceTables {

    private final AnnexTables tables;
    private final Indicators indicators;
    private final LabourPersons persons;
    private final LabourProperties properties;

    LabourForceTables(AnnexTables tables, Indicators indicators, LabourPersons persons, LabourProperties properties) {
        this.tables = tables;
        this.indicators = indicators;
        this.persons = persons;
        this.properties = properties;
    }

    /** The table computed with the person lists, and the communes that have one. */
    public record ForceTable(OverriddenTable table, java.util.Set<Long> fromPersons) {
    }

    /** Empty when there is no such table or the scope cannot read the programme. */
    public Optional<ForceTable> table(long programmeId, String code, AccessScope scope) {
        return tables.computed(programmeId, code, scope).map(this::fromPersons);
    }

    private ForceTable fromPersons(ComputedTable entered) {
        List<Long> units = entered.rows().stream().map(ComputedRow::unitId).toList();
        Map<Long, LabourForce> force = persons.force(units, LocalDate.of(entered.year(), 1, 1));
        Map<Long, LabourForce.ForceMeasure> measures = new HashMap<>();
        indicators.byIds(entered.columns().stream().map(c -> c.column().indicatorId()).filter(Objects::nonNull).toList())
                .forEach((id, indicator) -> {
                    LabourForce.ForceMeasure measure = properties.force().get(indicator.code());
                    if (measure != null) {
                        measures.put(id, measure);
                    }
                });
        OverriddenTable table = tables.withInputs(entered, (row, column) -> {
            LabourForce commune = force.get(row.unitId());
            LabourForce.ForceMeasure measure = measures.get(column.indicatorId());
            return commune != null && measure != null && column.role() == ColumnRole.BASELINE
                    ? Optional.of(BigDecimal.valueOf(commune.of(measure))) : Optional.empty();
        });
        return new ForceTable(table, java.util.Set.copyOf(force.keySet()));
    }
}

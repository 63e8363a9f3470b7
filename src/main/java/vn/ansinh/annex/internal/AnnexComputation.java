package vn.ansinh.annex.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.ansinh.annex.AnnexColumn;
import vn.ansinh.annex.AnnexRow;
import vn.ansinh.annex.AnnexTableDefinition;
import vn.ansinh.annex.ColumnRole;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.targets.FigureKey;
import vn.ansinh.targets.TargetValues;

/** Loads a table's definition and its input figures, and computes it. */
@Component
public class AnnexComputation {

    private final AnnexTableStore store;
    private final Programmes programmes;
    private final TargetValues values;

    AnnexComputation(AnnexTableStore store, Programmes programmes, TargetValues values) {
        this.store = store;
        this.programmes = programmes;
        this.values = values;
    }

    public List<String> codes(long programmeId) {
        return store.codes(programmeId);
    }

    public void define(AnnexTableDefinition table) {
        store.save(table);
    }

    public Optional<AnnexTableDefinition> definition(long programmeId, String code) {
        return store.load(programmeId, code);
    }

    public Optional<ComputedTable> computed(long programmeId, String code) {
        Optional<Programme> programme = programmes.byId(programmeId);
        if (programme.isEmpty()) {
            return Optional.empty();
        }
        int year = programme.get().programmeYear();
        return store.load(programmeId, code).map(table -> TableCalculator.compute(table, year, inputs(table, year)));
    }

    /** Fetches each input column's figures once per role, then serves columns from those. */
    private java.util.function.Function<AnnexColumn, Map<FigureKey, BigDecimal>> inputs(AnnexTableDefinition table, int year) {
        List<Long> units = table.rows().stream().map(AnnexRow::unitId).toList();
        List<Long> baselineIndicators = indicators(table, ColumnRole.BASELINE);
        List<Long> targetIndicators = indicators(table, ColumnRole.TARGET);
        Map<ColumnRole, Map<FigureKey, BigDecimal>> byRole = new HashMap<>();
        byRole.put(ColumnRole.BASELINE, values.baselines(baselineIndicators, units, year));
        byRole.put(ColumnRole.TARGET, values.targets(targetIndicators, units, year));
        return column -> byRole.get(column.role());
    }

    private static List<Long> indicators(AnnexTableDefinition table, ColumnRole role) {
        return table.columns().stream().filter(c -> c.role() == role).map(AnnexColumn::indicatorId).distinct().toList();
    }
}

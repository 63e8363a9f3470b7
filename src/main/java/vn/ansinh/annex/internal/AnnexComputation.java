package vn.ansinh.annex.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.ansinh.annex.AnnexColumn;
import vn.ansinh.annex.AnnexRow;
import vn.ansinh.annex.AnnexTableDefinition;
import vn.ansinh.annex.ColumnRole;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.targets.FigureKey;
import vn.ansinh.targets.TargetValues;

/**
 * Loads a table as a scope sees it and its input figures, and computes it. Nothing of a programme
 * the scope cannot read; of one it reads, the figures of its readable rows and visible columns only.
 */
@Component
public class AnnexComputation {

    private final AnnexTableStore store;
    private final AnnexTableReader reader;
    private final Programmes programmes;
    private final TargetValues values;

    AnnexComputation(AnnexTableStore store, AnnexTableReader reader, Programmes programmes, TargetValues values) {
        this.store = store;
        this.reader = reader;
        this.programmes = programmes;
        this.values = values;
    }

    /** Empty when the scope cannot read the programme. */
    public List<String> codes(long programmeId, AccessScope scope) {
        return List.copyOf(titles(programmeId, scope).keySet());
    }

    /** Titles by table code in printed order; empty when the scope cannot read the programme. */
    public Map<String, String> titles(long programmeId, AccessScope scope) {
        return programmes.byId(programmeId, scope).map(p -> store.titles(programmeId)).orElse(Map.of());
    }

    public void define(AnnexTableDefinition table) {
        store.save(table);
    }

    public Optional<ComputedTable> computed(long programmeId, String code, AccessScope scope) {
        return programmes.byId(programmeId, scope).flatMap(programme -> reader.load(programmeId, code, scope)
                .map(visible -> compute(visible, programme.programmeYear())));
    }

    public ComputedTable computeWith(AnnexTableDefinition table, int year, boolean complete,
            Map<FigureKey, BigDecimal> baselines, Map<FigureKey, BigDecimal> targets) {
        return TableCalculator.compute(table, year, complete,
                column -> column.role() == ColumnRole.BASELINE ? baselines : targets);
    }

    private ComputedTable compute(VisibleTable visible, int year) {
        AnnexTableDefinition table = visible.definition();
        return TableCalculator.compute(table, year, visible.complete(), inputs(table, year));
    }

    /**
     * Fetches each input column's figures once per role, then serves columns from those. Only for
     * the table's rows and its columns' organisations: the scope has already cut both.
     */
    private Function<AnnexColumn, Map<FigureKey, BigDecimal>> inputs(AnnexTableDefinition table, int year) {
        List<Long> units = table.rows().stream().map(AnnexRow::unitId).toList();
        List<Long> organisations = table.columns().stream().map(AnnexColumn::organisationId)
                .filter(Objects::nonNull).distinct().toList();
        Map<ColumnRole, Map<FigureKey, BigDecimal>> byRole = new HashMap<>();
        byRole.put(ColumnRole.BASELINE, values.baselines(indicators(table, ColumnRole.BASELINE), units, organisations, year));
        byRole.put(ColumnRole.TARGET, values.targets(indicators(table, ColumnRole.TARGET), units, organisations, year));
        return column -> byRole.get(column.role());
    }

    private static List<Long> indicators(AnnexTableDefinition table, ColumnRole role) {
        return table.columns().stream().filter(c -> c.role() == role).map(AnnexColumn::indicatorId).distinct().toList();
    }
}

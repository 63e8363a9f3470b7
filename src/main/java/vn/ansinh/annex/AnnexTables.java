package vn.ansinh.annex;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.annex.internal.AnnexComputation;
import vn.ansinh.annex.internal.AnnexCopies;
import vn.ansinh.annex.internal.LineageTables;
import vn.ansinh.annex.internal.LineageYears;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Fraction;
import vn.ansinh.shared.VietnameseNumbers;
import vn.ansinh.targets.FigureKey;

/**
 * The annex tables (Biểu) of programmes: defining them and computing them as a user sees them.
 * Every read takes the user's scope: a programme they cannot read has no tables; of one they can,
 * only the rows of their units and the columns of organisations they may see.
 */
@Service
@Transactional(readOnly = true)
public class AnnexTables {

    private final AnnexComputation computation;
    private final AnnexCopies copies;
    private final LineageTables lineageTables;
    private final LineageYears lineageYears;

    AnnexTables(AnnexComputation computation, AnnexCopies copies, LineageTables lineageTables, LineageYears lineageYears) {
        this.lineageYears = lineageYears;
        this.computation = computation;
        this.copies = copies;
        this.lineageTables = lineageTables;
    }

    /** Table codes of a programme in printed order. */
    public List<String> codes(long programmeId, AccessScope scope) {
        return computation.codes(programmeId, scope);
    }

    /** Short titles ("Biểu số 1") by table code, in printed order. */
    public Map<String, String> shortTitles(long programmeId, AccessScope scope) {
        Map<String, String> titles = new LinkedHashMap<>();
        computation.titles(programmeId, scope).forEach((code, title) -> titles.put(code, AnnexTableDefinition.shortTitle(title)));
        return titles;
    }

    /** Empty when there is no such table or the scope cannot read the programme. */
    public Optional<ComputedTable> computed(long programmeId, String code, AccessScope scope) {
        return computation.computed(programmeId, code, scope);
    }

    /**
     * The table under the units in force on the day (see {@link TableAsOf}); key shares out divided units, or none.
     * Empty as {@link #computed}; refused with {@link SplitRefusedException} when the key cannot be read.
     */
    public Optional<TableAsOf> asOf(long programmeId, String code, AccessScope scope, java.time.LocalDate day,
            SplitKey key) {
        return lineageTables.asOf(programmeId, code, scope, day, key);
    }

    /**
     * A table computed from other inputs (the household registry's, say) under the units in force on the day, as
     * {@link #asOf}. Reads only the succession graph and, for a key, the parts' figures.
     */
    public TableAsOf regroup(ComputedTable table, java.time.LocalDate day, SplitKey key) {
        return lineageTables.regroup(table, day, key);
    }

    /**
     * One column of the table through the years the scope reads, per unit in force on the day (see
     * {@link TableYears}); column: a numeric column's code, none for the first rate or target. Empty as {@link #computed}.
     */
    public Optional<TableYears> years(long programmeId, String code, AccessScope scope, java.time.LocalDate day,
            SplitKey key, String column) {
        return lineageYears.years(programmeId, code, scope, day, key, column);
    }

    public List<ComputedTable> allComputed(long programmeId, AccessScope scope) {
        return codes(programmeId, scope).stream().map(code -> computed(programmeId, code, scope).orElseThrow()).toList();
    }

    /**
     * A table as some other source gives it — a workbook's rows, figures and printed figures, laid
     * out by this definition — computed as ansinh computes its own tables. Reads and writes nothing.
     */
    public ComputedTable computeWith(AnnexTableDefinition definition, int year, boolean complete,
            Map<FigureKey, BigDecimal> baselines, Map<FigureKey, BigDecimal> targets) {
        return computation.computeWith(definition, year, complete, baselines, targets);
    }

    /**
     * The table with the inputs the source gives in place of those entered — every total, difference
     * and rate computed from them — and where the two disagree. Printed figures are left out: they are
     * about the figures entered. Reads and writes nothing.
     */
    public OverriddenTable withInputs(ComputedTable entered, InputSource source) {
        java.util.Map<ColumnRole, java.util.Map<FigureKey, BigDecimal>> inputs = java.util.Map.of(
                ColumnRole.BASELINE, new java.util.HashMap<>(), ColumnRole.TARGET, new java.util.HashMap<>());
        List<OverriddenTable.Difference> differences = new java.util.ArrayList<>();
        for (ComputedRow row : entered.rows()) {
            for (ComputedColumn column : entered.columns()) {
                AnnexColumn input = column.column();
                if (!input.role().isInput()) {
                    continue;
                }
                Fraction stored = row.value(column.code());
                BigDecimal value = stored == null ? null : VietnameseNumbers.normalize(
                        new BigDecimal(stored.numerator()).divide(new BigDecimal(stored.denominator())));
                java.util.Optional<BigDecimal> other = source.input(row, input);
                if (other.isPresent() && (value == null || value.compareTo(other.get()) != 0)) {
                    differences.add(new OverriddenTable.Difference(row.unitId(), row.label(), column.code(),
                            column.label(), value, other.get()));
                }
                BigDecimal used = other.orElse(value);
                if (used != null) {
                    inputs.get(input.role()).put(new FigureKey(input.indicatorId(), row.unitId(), input.organisationId()), used);
                }
            }
        }
        AnnexTableDefinition d = entered.definition();
        AnnexTableDefinition unprinted = new AnnexTableDefinition(d.programmeId(), d.code(), d.title(), d.totalLabel(),
                d.header(), d.columns(), d.rows(), java.util.Map.of(), d.checks(), d.notes());
        return new OverriddenTable(computeWith(unprinted, entered.year(), entered.complete(),
                inputs.get(ColumnRole.BASELINE), inputs.get(ColumnRole.TARGET)), differences);
    }

    @Transactional
    public void define(AnnexTableDefinition table) {
        computation.define(table);
    }

    /**
     * Copies every table of a programme to a programme of a later year, without printed figures
     * or notes; the old year in titles and header labels becomes the new one. Returns how many.
     */
    @Transactional
    public int copyLayouts(long fromProgramme, int fromYear, long toProgramme, int toYear) {
        return copies.copy(fromProgramme, fromYear, toProgramme, toYear);
    }

    /**
     * As {@link #copyLayouts(long, int, long, int)} for a programme of another unit: its own rows, its own
     * associations in the organisations' columns, header labels fitting its rows. Returns how many tables.
     */
    @Transactional
    public int copyLayouts(long fromProgramme, int fromYear, long toProgramme, int toYear, LayoutChanges changes) {
        return copies.copy(fromProgramme, fromYear, toProgramme, toYear, changes);
    }
}

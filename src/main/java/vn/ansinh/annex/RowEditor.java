package vn.ansinh.annex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Fraction;
import vn.ansinh.shared.VietnameseNumbers;
import vn.ansinh.targets.FigureEditor;
import vn.ansinh.targets.FigureKey;
import vn.ansinh.targets.FigureVersion;
import vn.ansinh.targets.FigureVersions;
import vn.ansinh.targets.Indicator;
import vn.ansinh.targets.Indicators;

/**
 * Editing a row of an annex table: its input figures (baselines and targets of the row's unit),
 * for a user who may change that unit. Every total, difference, rate and finding follows at once,
 * because they are computed when read. A save is made over the version of the unit's figures the form was
 * read at, or refused naming who saved a newer one ({@link vn.ansinh.targets.FigureConflictException}).
 */
@Service
@Transactional(readOnly = true)
public class RowEditor {

    /** Input figures are counts (people, households, communes) unless measured in percent. */
    private static final String PERCENT = "%";

    private final AnnexTables tables;
    private final Indicators indicators;
    private final FigureEditor editor;
    private final FigureVersions versions;
    private final Programmes programmes;

    RowEditor(AnnexTables tables, Indicators indicators, FigureEditor editor, FigureVersions versions,
            Programmes programmes) {
        this.tables = tables;
        this.programmes = programmes;
        this.indicators = indicators;
        this.editor = editor;
        this.versions = versions;
    }

    /**
     * The form for the row, when the user may change it. The version is read before the figures: each is its
     * own statement, so a save committed between them leaves the form's version older than its figures (a save
     * over it is refused, read again) — never newer, which would let a save made from figures it never saw
     * pass the version check and overwrite that save.
     */
    public Optional<RowEdit> form(long programmeId, String code, long unitId, AccessScope scope) {
        if (!scope.canWrite(unitId)) {
            return Optional.empty();
        }
        return programmes.byId(programmeId, scope).flatMap(programme -> {
            FigureVersion version = versions.of(unitId, programme.programmeYear());
            return tables.computed(programmeId, code, scope).flatMap(table -> table.rowOfUnit(unitId)
                    .map(row -> new RowEdit(programmeId, code, table.definition().shortTitle(), unitId, row.label(),
                            version, inputs(table).stream().map(c -> field(c, row)).toList())));
        });
    }

    /**
     * The form with what was entered, each value checked; writes nothing. A field not sent keeps its value;
     * a field sent empty (or as none) clears it.
     */
    public RowEdit check(RowEdit form, Map<String, String> entered, AccessScope scope) {
        ComputedTable table = tables.computed(form.programmeId(), form.table(), scope).orElseThrow();
        List<RowEdit.Field> checked = new ArrayList<>();
        for (RowEdit.Field field : form.fields()) {
            String text = entered.containsKey(field.column()) ? entered.get(field.column()) : field.value();
            checked.add(check(field, text == null ? "" : text, measure(table, field.column())));
        }
        return form.withFields(checked);
    }

    /**
     * Checks what was entered; saves it all when every field is right and the unit's figures are still at
     * the version read, nothing otherwise.
     *
     * @throws vn.ansinh.targets.FigureConflictException when someone saved the unit's figures since
     */
    @Transactional
    public RowEdit save(RowEdit form, int read, Map<String, String> entered, AccessScope scope) {
        RowEdit result = check(form, entered, scope);
        List<RowEdit.Field> changed = changed(form, result);
        if (!result.valid()) {
            return result;
        }
        ComputedTable table = tables.computed(form.programmeId(), form.table(), scope).orElseThrow();
        if (changed.isEmpty()) {
            // Nothing to write, but a figure typed from a stale read is still the user's change, not a confirmation.
            versions.check(form.unitId(), table.year(), read);
            return result;
        }
        versions.require(form.unitId(), table.year(), read);
        changed.forEach(f -> write(table, form.unitId(), f, table.year()));
        return result;
    }

    /**
     * The fields whose figure differs from the one the row holds: only those are written (a figure shown
     * rounded and sent back as shown stays as it is), and a save that changes none takes no lock.
     */
    private static List<RowEdit.Field> changed(RowEdit current, RowEdit entered) {
        return entered.fields().stream().filter(f -> !same(f.value(), current.valueOf(f.column()))).toList();
    }

    private static boolean same(String entered, String held) {
        Optional<BigDecimal> a = entered.isEmpty() ? Optional.empty() : VietnameseNumbers.parse(entered);
        Optional<BigDecimal> b = held.isEmpty() ? Optional.empty() : VietnameseNumbers.parse(held);
        return a.isPresent() && b.isPresent() ? a.get().compareTo(b.get()) == 0 : a.isEmpty() && b.isEmpty();
    }

    private RowEdit.Field check(RowEdit.Field field, String entered, String measure) {
        String text = entered.strip();
        if (text.isEmpty()) {
            return field.withValue("", null, List.of());
        }
        Optional<BigDecimal> value = VietnameseNumbers.parse(text);
        if (value.isEmpty()) {
            return field.withValue(text, "edit.figure.notNumber", List.of(text));
        }
        if (value.get().signum() < 0) {
            return field.withValue(text, "edit.figure.negative", List.of());
        }
        if (!PERCENT.equals(measure) && value.get().stripTrailingZeros().scale() > 0) {
            return field.withValue(text, "edit.figure.notWhole", List.of(measure));
        }
        return field.withValue(text, null, List.of());
    }

    private void write(ComputedTable table, long unitId, RowEdit.Field field, int year) {
        AnnexColumn column = table.column(field.column()).orElseThrow().column();
        FigureKey key = new FigureKey(column.indicatorId(), unitId, column.organisationId());
        BigDecimal amount = field.value().isEmpty() ? null : VietnameseNumbers.parse(field.value()).orElseThrow();
        if (column.role() == ColumnRole.BASELINE) {
            editor.setBaseline(key, year, amount);
        } else {
            editor.setTarget(key, year, amount);
        }
    }

    private String measure(ComputedTable table, String code) {
        Long indicatorId = table.column(code).orElseThrow().column().indicatorId();
        Indicator indicator = indicators.byIds(List.of(indicatorId)).get(indicatorId);
        return indicator == null ? "" : indicator.measure();
    }

    private static List<ComputedColumn> inputs(ComputedTable table) {
        return table.columns().stream().filter(c -> c.column().role().isInput()).toList();
    }

    private static RowEdit.Field field(ComputedColumn column, ComputedRow row) {
        Fraction value = row.value(column.code());
        return new RowEdit.Field(column.code(), column.label(), column.format(value), null, List.of());
    }
}

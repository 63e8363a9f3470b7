package vn.ansinh.annex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Fraction;
import vn.ansinh.shared.VietnameseNumbers;
import vn.ansinh.targets.FigureEditor;
import vn.ansinh.targets.FigureKey;
import vn.ansinh.targets.Indicator;
import vn.ansinh.targets.Indicators;

/**
 * Editing a row of an annex table: its input figures (baselines and targets of the row's unit),
 * for a user who may change that unit. Every total, difference, rate and finding follows at once,
 * because they are computed when read.
 */
@Service
@Transactional(readOnly = true)
public class RowEditor {

    /** Input figures are counts (people, households, communes) unless measured in percent. */
    private static final String PERCENT = "%";

    private final AnnexTables tables;
    private final Programmes programmes;
    private final Indicators indicators;
    private final FigureEditor editor;

    RowEditor(AnnexTables tables, Programmes programmes, Indicators indicators, FigureEditor editor) {
        this.tables = tables;
        this.programmes = programmes;
        this.indicators = indicators;
        this.editor = editor;
    }

    /** The form for the row, when the user may change it. */
    public Optional<RowEdit> form(long programmeId, String code, long unitId, AccessScope scope) {
        if (!scope.canWrite(unitId)) {
            return Optional.empty();
        }
        return tables.computed(programmeId, code, scope).flatMap(table -> table.rowOfUnit(unitId)
                .map(row -> new RowEdit(programmeId, code, table.definition().shortTitle(), unitId, row.label(),
                        inputs(table).stream().map(c -> field(c, row)).toList())));
    }

    /**
     * Checks what was entered; saves it all when every field is right, nothing otherwise. A field
     * not sent keeps its value; a field sent empty clears it.
     */
    @Transactional
    public RowEdit save(RowEdit form, Map<String, String> entered, AccessScope scope) {
        List<RowEdit.Field> checked = new ArrayList<>();
        ComputedTable table = tables.computed(form.programmeId(), form.table(), scope).orElseThrow();
        for (RowEdit.Field field : form.fields()) {
            checked.add(check(field, entered.getOrDefault(field.column(), field.value()), measure(table, field.column())));
        }
        RowEdit result = form.withFields(checked);
        if (result.valid()) {
            int year = programmes.byId(form.programmeId(), scope).map(Programme::programmeYear).orElseThrow();
            checked.forEach(f -> write(table, form.unitId(), f, year));
        }
        return result;
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

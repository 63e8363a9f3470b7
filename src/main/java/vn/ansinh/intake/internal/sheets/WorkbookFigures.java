package vn.ansinh.intake.internal.sheets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.ansinh.annex.AnnexColumn;
import vn.ansinh.annex.ColumnRole;
import vn.ansinh.annex.ComputedColumn;
import vn.ansinh.annex.ComputedRow;
import vn.ansinh.intake.FigureChange;
import vn.ansinh.intake.WorkbookCounts;
import vn.ansinh.shared.Fraction;
import vn.ansinh.shared.VietnameseNumbers;
import vn.ansinh.targets.FigureEditor;
import vn.ansinh.targets.FigureKey;

/**
 * The baselines and targets a workbook gives, against those ansinh has: which it creates, changes
 * or leaves as they are. A figure two sheets give differently is an error.
 */
final class WorkbookFigures {

    /** A figure to write: its key, whether baseline or target, and the change it makes. */
    record Planned(FigureKey key, ColumnRole role, FigureChange change) {
    }

    /** A baseline and a target of the same indicator and unit are two figures. */
    private record Slot(FigureKey key, ColumnRole role) {
    }

    /** Where a figure was first given, to name it when another sheet gives it differently. */
    private record Given(BigDecimal value, String sheet, int row) {
    }

    private final List<Planned> planned = new ArrayList<>();
    private final Map<Slot, Given> given = new HashMap<>();
    private int unchanged;
    private int blank;

    static WorkbookFigures of(List<SheetTable> sheets, Problems problems) {
        WorkbookFigures figures = new WorkbookFigures();
        sheets.forEach(sheet -> sheet.rows().forEach(row -> figures.add(sheet, row, problems)));
        return figures;
    }

    private void add(SheetTable sheet, SheetRow row, Problems problems) {
        blank += row.blanks();
        ComputedRow current = sheet.table().rowOfUnit(row.unitId()).orElse(null);
        row.inputs().forEach((code, value) -> {
            ComputedColumn column = sheet.table().column(code).orElseThrow();
            AnnexColumn input = column.column();
            FigureKey key = new FigureKey(input.indicatorId(), row.unitId(), input.organisationId());
            Given earlier = given.putIfAbsent(new Slot(key, input.role()), new Given(value, sheet.sheet(), row.excelRow()));
            if (earlier != null) {
                if (earlier.value().compareTo(value) != 0) {
                    problems.error(sheet.sheet(), row.excelRow(), "", input.displayCode(), "workbook.figure.conflict",
                            row.label(), earlier.sheet(), earlier.row());
                }
                return;
            }
            BigDecimal before = current == null ? null : exact(current.value(code));
            if (before != null && before.compareTo(value) == 0) {
                unchanged++;
            } else {
                String unit = current == null ? row.label() : current.label();
                planned.add(new Planned(key, input.role(), new FigureChange(sheet.code(), unit, code, column.label(),
                        before, VietnameseNumbers.normalize(value))));
            }
        });
    }

    /** Stored inputs are decimals, so their fractions end. */
    static BigDecimal exact(Fraction value) {
        return value == null ? null : VietnameseNumbers.normalize(
                new BigDecimal(value.numerator()).divide(new BigDecimal(value.denominator())));
    }

    List<FigureChange> changes() {
        return planned.stream().map(Planned::change).toList();
    }

    WorkbookCounts counts() {
        int created = (int) planned.stream().filter(p -> p.change().created()).count();
        return new WorkbookCounts(created, planned.size() - created, unchanged, blank);
    }

    /** The baselines or targets the workbook gives. */
    Map<FigureKey, BigDecimal> given(ColumnRole role) {
        Map<FigureKey, BigDecimal> values = new HashMap<>();
        given.forEach((slot, g) -> {
            if (slot.role() == role) {
                values.put(slot.key(), g.value());
            }
        });
        return values;
    }

    void write(FigureEditor editor, int year) {
        for (Planned figure : planned) {
            if (figure.role() == ColumnRole.BASELINE) {
                editor.setBaseline(figure.key(), year, figure.change().after());
            } else {
                editor.setTarget(figure.key(), year, figure.change().after());
            }
        }
    }
}

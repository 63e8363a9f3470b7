package vn.ansinh.intake.internal.sheets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import vn.ansinh.annex.ComputedColumn;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.units.AdministrativeUnit;

/**
 * Reads every sheet of a workbook as the annex table it holds. A sheet that holds none is named in
 * a notice; a table's sheet without a column the table needs, or a second sheet of the same table,
 * is an error.
 */
final class WorkbookReader {

    /**
     * whole: the tables as the programme has them; visible: as the user sees them; bound: the first figure too
     * large for the database to hold.
     */
    record Tables(Map<String, ComputedTable> whole, Map<String, ComputedTable> visible,
            List<AdministrativeUnit> units, Map<String, Map<String, String>> measures, java.math.BigDecimal bound) {
    }

    private final Tables tables;
    private final AccessScope scope;
    private final Problems problems;

    WorkbookReader(Tables tables, AccessScope scope, Problems problems) {
        this.tables = tables;
        this.scope = scope;
        this.problems = problems;
    }

    List<SheetTable> read(Workbook workbook) {
        List<SheetTable> read = new ArrayList<>();
        Map<String, String> sheetOf = new HashMap<>();
        for (Sheet sheet : workbook) {
            SheetCells cells = new SheetCells(sheet);
            Optional<ComputedTable> table = TableRecognizer.recognize(cells, tables.whole().values());
            if (table.isEmpty()) {
                ignored(cells);
                continue;
            }
            String earlier = sheetOf.putIfAbsent(table.get().code(), cells.name());
            if (earlier != null) {
                problems.error(cells.name(), 0, "", "", "workbook.sheet.duplicate", table.get().definition().shortTitle(),
                        earlier);
                continue;
            }
            sheet(cells, table.get()).ifPresent(read::add);
        }
        if (read.isEmpty() && !problems.any()) {
            problems.error("", 0, "", "", "workbook.noTable", String.join(", ", shortTitles()));
        }
        return read;
    }

    private Optional<SheetTable> sheet(SheetCells cells, ComputedTable whole) {
        SheetLayout layout = LayoutFinder.find(cells, whole);
        ComputedTable visible = tables.visible().get(whole.code());
        boolean complete = true;
        for (ComputedColumn column : whole.columns()) {
            boolean needed = column.column().role().isInput() || column.column().role() == vn.ansinh.annex.ColumnRole.UNIT;
            boolean shown = visible.column(column.code()).isPresent();
            if (!layout.columns().containsKey(column.code()) && needed && shown) {
                problems.error(cells.name(), 0, "", column.column().displayCode(), "workbook.column.missing",
                        whole.definition().shortTitle(), column.column().displayCode(), column.label());
                complete = false;
            } else if (layout.columns().containsKey(column.code()) && !shown) {
                problems.notice(cells.name(), 0, SheetCells.columnLetter(layout.columns().get(column.code())),
                        column.column().displayCode(), "workbook.column.notYours", column.label());
            }
        }
        if (!complete) {
            return Optional.empty();
        }
        return Optional.of(new SheetRowReader(cells, layout, visible, tables.units(),
                tables.measures().get(whole.code()), tables.bound(), scope, problems).read());
    }

    private void ignored(SheetCells cells) {
        if (cells.width(cells.lastRow()) > 0) {
            problems.notice(cells.name(), 0, "", "", "workbook.sheet.ignored", String.join(", ", shortTitles()));
        }
    }

    private List<String> shortTitles() {
        return tables.whole().values().stream().map(t -> t.definition().shortTitle()).toList();
    }
}

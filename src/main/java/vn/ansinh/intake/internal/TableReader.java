package vn.ansinh.intake.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.ansinh.annex.ColumnRole;
import vn.ansinh.annex.DefinitionException;
import vn.ansinh.annex.HeaderCell;
import vn.ansinh.annex.HeaderGrid;
import vn.ansinh.annex.PlacedHeaderCell;
import vn.ansinh.annex.TableCheck;
import vn.ansinh.checks.StatedFigure;
import vn.ansinh.intake.internal.ProgrammeFile.CellEntry;
import vn.ansinh.intake.internal.ProgrammeFile.CheckEntry;
import vn.ansinh.intake.internal.ProgrammeFile.ColumnEntry;
import vn.ansinh.intake.internal.ProgrammeFile.FigureEntry;
import vn.ansinh.intake.internal.ProgrammeFile.ItemEntry;
import vn.ansinh.intake.internal.ProgrammeFile.RowEntry;
import vn.ansinh.intake.internal.ProgrammeFile.TableEntry;

/** Reads the annex tables of a data file: layout, columns, printed rows, checks and notes. */
final class TableReader {

    private TableReader() {
    }

    static List<TableEntry> read(List<YamlValue> values, Errors errors) {
        List<TableEntry> tables = new ArrayList<>();
        for (YamlValue value : values) {
            value.allow("code", "title", "totalLabel", "header", "columns", "checks", "rows", "total", "notes");
            String code = value.text("code", true);
            String title = value.text("title", true);
            List<ColumnEntry> columns = ColumnReader.read(value.list("columns", true), errors);
            List<List<HeaderCell>> header = header(value.list("header", true));
            List<String> labels = labels(value.required("header"), header, columns, errors);
            List<RowEntry> rows = value.list("rows", true).stream().map(r -> row(r, columns, labels)).toList();
            YamlValue totalValue = value.optional("total");
            RowEntry total = totalValue == null ? null : row(totalValue, columns, labels);
            String totalLabel = value.text("totalLabel", false);
            if (totalLabel == null && total != null) {
                totalLabel = total.unitName();
            }
            if (totalLabel == null || totalLabel.isEmpty()) {
                errors.add(value.where(), "totalLabel", "intake.table.totalLabel");
            }
            String shortTitle = title == null ? "" : title.split(":")[0].strip();
            List<ItemEntry> notes = ProgrammeTextReader.items(value.list("notes", false), shortTitle).stream()
                    .map(TableReader::located).toList();
            tables.add(new TableEntry(value.where(), code, title, totalLabel, header, columns, rows, total,
                    checks(value.list("checks", false), columns), notes));
        }
        return tables;
    }

    /** A note says where it stands by its own lead word, "Ghi chú: …"; else by its table. */
    private static ItemEntry located(ItemEntry note) {
        int colon = note.text() == null ? -1 : note.text().indexOf(':');
        if (colon <= 0 || colon > 30) {
            return note;
        }
        return new ItemEntry(note.marker(), note.text(), note.text().substring(0, colon).strip(), note.figures());
    }

    private static List<List<HeaderCell>> header(List<YamlValue> rows) {
        List<List<HeaderCell>> header = new ArrayList<>();
        for (YamlValue row : rows) {
            List<HeaderCell> cells = new ArrayList<>();
            for (YamlValue cell : row.elements("header")) {
                if (!cell.isMap()) {
                    cells.add(new HeaderCell(cell.text("label"), 1, 1));
                    continue;
                }
                cell.allow("label", "cols", "rows");
                Integer cols = cell.integer("cols", false);
                Integer rowSpan = cell.integer("rows", false);
                cells.add(new HeaderCell(cell.text("label", true), cols == null ? 1 : cols, rowSpan == null ? 1 : rowSpan));
            }
            header.add(cells);
        }
        return header;
    }

    /** Each column's label from the header, for error messages; codes when the header is wrong. */
    private static List<String> labels(YamlValue where, List<List<HeaderCell>> header, List<ColumnEntry> columns,
            Errors errors) {
        try {
            List<PlacedHeaderCell> placed = HeaderGrid.layout(header, columns.size());
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                List<String> path = HeaderGrid.path(placed, i);
                labels.add(columns.get(i).code() + " – " + (path.isEmpty() ? "" : path.get(path.size() - 1)));
            }
            return labels;
        } catch (DefinitionException e) {
            if (where != null) {
                errors.add(where.where(), "header", e.code(), e.arguments().toArray());
            }
            return columns.stream().map(ColumnEntry::code).toList();
        }
    }

    private static RowEntry row(YamlValue value, List<ColumnEntry> columns, List<String> labels) {
        List<YamlValue> cells = value.elements("rows");
        if (cells.size() != columns.size()) {
            value.errors().add(value.where(), "", "intake.row.cells", cells.size(), columns.size());
            return new RowEntry(value.where(), null, null, List.of());
        }
        String ordinal = "";
        String unit = null;
        List<CellEntry> numbers = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            ColumnRole role = columns.get(i).role();
            YamlValue cell = cells.get(i);
            if (role == ColumnRole.ORDINAL) {
                ordinal = cell.isNull() ? "" : cell.text(labels.get(i));
            } else if (role == ColumnRole.UNIT) {
                unit = cell.isNull() ? "" : cell.text(labels.get(i));
            } else if (role != null) {
                numbers.add(cell.isNull() ? new CellEntry(cell.where(), null, null)
                        : new CellEntry(cell.where(), YamlValue.clean(raw(cell)), cell.number(labels.get(i))));
            }
        }
        return new RowEntry(value.where(), ordinal, unit, numbers);
    }

    private static String raw(YamlValue cell) {
        return cell.text("");
    }

    private static List<CheckEntry> checks(List<YamlValue> values, List<ColumnEntry> columns) {
        Set<String> codes = columns.stream().map(ColumnEntry::code).collect(Collectors.toSet());
        List<CheckEntry> checks = new ArrayList<>();
        for (YamlValue value : values) {
            value.allow("column", "equalsSumOf", "equalsColumn");
            String column = value.text("column", true);
            known(value, "column", column, codes);
            YamlValue other = value.optional("equalsColumn");
            if (other != null) {
                other.allow("table", "column");
                checks.add(new CheckEntry(other.where(),
                        TableCheck.equalsColumn(column, other.text("table", true), other.text("column", true))));
                continue;
            }
            List<String> parts = value.list("equalsSumOf", true).stream().map(v -> v.text("equalsSumOf")).toList();
            parts.forEach(p -> known(value, "equalsSumOf", p, codes));
            checks.add(new CheckEntry(value.where(), TableCheck.equalsSumOf(column, parts)));
        }
        return checks;
    }

    private static void known(YamlValue value, String field, String code, Set<String> codes) {
        if (code != null && !codes.contains(code)) {
            value.errors().add(value.where(), field, "intake.column.missing", code, field);
        }
    }

    /** References between tables and from the text to tables, once every table is read. */
    static void checkReferences(ProgrammeFile file, Errors errors) {
        Map<String, TableEntry> tables = file.tables().stream().filter(t -> t.code() != null)
                .collect(Collectors.toMap(TableEntry::code, Function.identity(), (a, b) -> a));
        for (TableEntry table : file.tables()) {
            for (CheckEntry check : table.checks()) {
                if (check.check().kind() == TableCheck.Kind.EQUALS_COLUMN) {
                    numericColumn(tables, check.check().otherTable(), check.check().otherColumn(), check.where(), errors);
                }
            }
            table.notes().forEach(note -> figures(note, tables, errors));
        }
        if (file.programme() != null) {
            allItems(file.programme().sections()).forEach(item -> figures(item, tables, errors));
        }
    }

    private static void figures(ItemEntry item, Map<String, TableEntry> tables, Errors errors) {
        for (FigureEntry figure : item.figures()) {
            if (figure.kind() == StatedFigure.Kind.CELL) {
                numericColumn(tables, figure.table(), figure.column(), figure.where(), errors);
            }
        }
    }

    private static void numericColumn(Map<String, TableEntry> tables, String tableCode, String column, Where where,
            Errors errors) {
        TableEntry table = tableCode == null ? null : tables.get(tableCode);
        if (table == null) {
            errors.add(where, "table", "intake.table.unknown", String.valueOf(tableCode));
            return;
        }
        Optional<ColumnEntry> found = table.columns().stream().filter(c -> c.code() != null && c.code().equals(column)).findFirst();
        if (found.isEmpty() || found.get().role() == null || !found.get().role().isNumeric()) {
            errors.add(where, "column", "intake.column.missing", String.valueOf(column), tableCode);
        }
    }

    static List<ItemEntry> allItems(List<ProgrammeFile.SectionEntry> sections) {
        List<ItemEntry> items = new ArrayList<>();
        for (ProgrammeFile.SectionEntry section : sections) {
            items.addAll(section.items());
            items.addAll(allItems(section.sections()));
        }
        return items;
    }

    static BigDecimal amount(CellEntry cell) {
        return cell == null ? null : cell.amount();
    }

    static Set<String> numericCodes(List<ColumnEntry> columns) {
        Set<String> codes = new HashSet<>();
        columns.stream().filter(c -> c.role() != null && c.role().isNumeric()).forEach(c -> codes.add(c.code()));
        return codes;
    }
}

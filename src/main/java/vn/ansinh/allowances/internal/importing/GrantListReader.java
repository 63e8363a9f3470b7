package vn.ansinh.allowances.internal.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.ansinh.allowances.GrantListProblem;
import vn.ansinh.shared.lists.TabularRow;

/**
 * Reads a list of grants — a header row, then one row per grant — into its rows' cells by column: the columns it
 * needs must be headed once each; a column it does not know is a notice. At most {@link #MAX_PROBLEMS} are kept.
 */
final class GrantListReader {

    static final int MAX_PROBLEMS = 1000;

    /** A row of the list: where it is and its cells, stripped. */
    record Row(String sheet, int number, Map<GrantColumn, String> cells) {

        String cell(GrantColumn column) {
            return cells.getOrDefault(column, "");
        }
    }

    private final Map<GrantColumn, Integer> columns = new EnumMap<>(GrantColumn.class);
    private final Map<GrantColumn, String> headers = new EnumMap<>(GrantColumn.class);
    private final List<GrantListProblem> problems = new ArrayList<>();
    private final List<GrantListProblem> notices = new ArrayList<>();
    private int problemCount;

    /** The rows after the header; none when the header is wrong (its problems say why). */
    List<Row> read(Iterator<TabularRow> rows) {
        TabularRow header = next(rows);
        if (header == null) {
            problem(null, 0, null, "", "grantList.empty");
            return List.of();
        }
        if (!header(header)) {
            return List.of();
        }
        List<Row> read = new ArrayList<>();
        for (TabularRow row = next(rows); row != null; row = next(rows)) {
            read.add(row(row));
        }
        return read;
    }

    private Row row(TabularRow row) {
        Map<GrantColumn, String> cells = new EnumMap<>(GrantColumn.class);
        columns.forEach((column, index) -> cells.put(column, row.cell(index).strip()));
        return new Row(row.sheet(), row.number(), cells);
    }

    /** The column's header as the file writes it. */
    String header(GrantColumn column) {
        return headers.getOrDefault(column, column.header());
    }

    List<GrantListProblem> problems() {
        return problems;
    }

    List<GrantListProblem> notices() {
        return notices;
    }

    /** A problem of a row's cell; column null for the row or the file. */
    void problem(Row row, GrantColumn column, String code, Object... arguments) {
        problem(row.sheet(), row.number(), column, column == null ? "" : column.field(), code, arguments);
    }

    /** Whether as many problems are kept as are said; the count of the others is said last. */
    void finish() {
        if (problemCount > MAX_PROBLEMS) {
            problems.add(new GrantListProblem(null, 0, "", "", "grantList.moreProblems",
                    List.of(problemCount - MAX_PROBLEMS)));
        }
    }

    private boolean header(TabularRow header) {
        for (int c = 0; c < header.cells().size(); c++) {
            String text = header.cell(c).strip();
            Optional<GrantColumn> column = GrantColumn.of(text);
            if (column.isEmpty() && !text.isEmpty()) {
                notices.add(new GrantListProblem(header.sheet(), header.number(), text, "", "grantList.column.unused",
                        List.of(text)));
            } else if (column.isPresent() && columns.putIfAbsent(column.get(), c) != null) {
                problem(header.sheet(), header.number(), column.get(), "", "grantList.column.twice", text);
            } else if (column.isPresent()) {
                headers.put(column.get(), text);
            }
        }
        for (GrantColumn column : GrantColumn.values()) {
            if (column.required() && !columns.containsKey(column)) {
                problem(header.sheet(), header.number(), column, "", "grantList.column.missing", column.header());
            }
        }
        return problems.isEmpty();
    }

    private void problem(String sheet, int row, GrantColumn column, String field, String code, Object... arguments) {
        problemCount++;
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new GrantListProblem(sheet, row, column == null ? "" : header(column), field, code,
                    java.util.Arrays.asList(arguments)));
        }
    }

    private static TabularRow next(Iterator<TabularRow> rows) {
        while (rows.hasNext()) {
            TabularRow row = rows.next();
            if (!row.blank()) {
                return row;
            }
        }
        return null;
    }
}

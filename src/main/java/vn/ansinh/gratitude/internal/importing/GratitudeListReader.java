package vn.ansinh.gratitude.internal.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import vn.ansinh.gratitude.GratitudeListProblem;
import vn.ansinh.gratitude.internal.importing.GratitudeColumn.Table;
import vn.ansinh.shared.lists.TabularRow;

/**
 * Reads the fund's lists — each sheet (or a CSV) a header row, then one row per entry — into their rows' cells by
 * column. Which list a sheet holds is said by its header (the columns of one list and not the other); a sheet that
 * starts without a header goes on with the sheet before it (a list longer than a sheet). A list's needed columns must
 * be headed once each; a column it does not know is a notice. At most {@link #MAX_PROBLEMS} are kept.
 */
final class GratitudeListReader {

    static final int MAX_PROBLEMS = 1000;

    /** A row of a list: which list, where it is and its cells, stripped. */
    record Row(Table table, String sheet, int number, Map<GratitudeColumn, String> cells) {

        String cell(GratitudeColumn column) {
            return cells.getOrDefault(column, "");
        }
    }

    /** A sheet's header as read: which list, and where each of its columns is. */
    private record Header(Table table, Map<GratitudeColumn, Integer> columns) {
    }

    private final Map<GratitudeColumn, String> headers = new EnumMap<>(GratitudeColumn.class);
    private final List<GratitudeListProblem> problems = new ArrayList<>();
    private final List<GratitudeListProblem> notices = new ArrayList<>();
    private int problemCount;

    /** The rows after each sheet's header; none of a sheet whose header is wrong (its problems say why). */
    List<Row> read(Iterator<TabularRow> rows) {
        List<Row> read = new ArrayList<>();
        Header header = null;
        String sheet = "\u0000";
        TabularRow row = next(rows);
        if (row == null) {
            problem(null, 0, "", "", "grantList.empty");
        }
        for (; row != null; row = next(rows)) {
            boolean first = !Objects.equals(sheet, row.sheet());
            sheet = row.sheet();
            Optional<Table> table = first ? table(row) : Optional.empty();
            if (first && (table.isPresent() || header == null)) {
                header = table.isPresent() ? header(table.get(), row) : unknown(row);
            } else if (header != null) {
                read.add(row(header, row));
            }
        }
        return read;
    }

    List<GratitudeListProblem> problems() {
        return problems;
    }

    List<GratitudeListProblem> notices() {
        return notices;
    }

    /** A problem of a row's cell. */
    void problem(Row row, GratitudeColumn column, String code, Object... arguments) {
        problem(row.sheet(), row.number(), header(column), column.field(), code, arguments);
    }

    /** Whether as many problems are kept as are said; the count of the others is said last. */
    void finish() {
        if (problemCount > MAX_PROBLEMS) {
            problems.add(new GratitudeListProblem(null, 0, "", "", "grantList.moreProblems",
                    List.of(problemCount - MAX_PROBLEMS)));
        }
    }

    /** The list whose columns the header names more of; none when it names as many of each (or none). */
    private static Optional<Table> table(TabularRow header) {
        Map<Table, Long> named = new EnumMap<>(Table.class);
        for (Table table : Table.values()) {
            named.put(table, header.cells().stream().filter(t -> GratitudeColumn.of(table, t).isPresent()).count());
        }
        long most = named.values().stream().max(Comparator.naturalOrder()).orElse(0L);
        List<Table> first = Arrays.stream(Table.values()).filter(t -> named.get(t) == most).toList();
        return most > 0 && first.size() == 1 ? Optional.of(first.get(0)) : Optional.empty();
    }

    /** A header no list's: its sheet is not read. */
    private Header unknown(TabularRow row) {
        problem(row.sheet(), row.number(), "", "", "gratitude.import.header.unknown");
        return null;
    }

    private Header header(Table table, TabularRow header) {
        Map<GratitudeColumn, Integer> columns = new EnumMap<>(GratitudeColumn.class);
        int before = problemCount;
        for (int c = 0; c < header.cells().size(); c++) {
            String text = header.cell(c).strip();
            Optional<GratitudeColumn> column = GratitudeColumn.of(table, text);
            if (column.isEmpty() && !text.isEmpty()) {
                notices.add(new GratitudeListProblem(header.sheet(), header.number(), text, "",
                        "grantList.column.unused", List.of(text)));
            } else if (column.isPresent() && columns.putIfAbsent(column.get(), c) != null) {
                problem(header.sheet(), header.number(), text, "", "grantList.column.twice", text);
            } else if (column.isPresent()) {
                headers.put(column.get(), text);
            }
        }
        table.columns().stream().filter(c -> c.required() && !columns.containsKey(c)).forEach(c -> problem(
                header.sheet(), header.number(), c.header(), "", "grantList.column.missing", c.header()));
        return problemCount == before ? new Header(table, columns) : null;
    }

    private static Row row(Header header, TabularRow row) {
        Map<GratitudeColumn, String> cells = new EnumMap<>(GratitudeColumn.class);
        header.columns().forEach((column, index) -> cells.put(column, row.cell(index).strip()));
        return new Row(header.table(), row.sheet(), row.number(), cells);
    }

    /** The column's header as the file writes it. */
    private String header(GratitudeColumn column) {
        return headers.getOrDefault(column, column.header());
    }

    private void problem(String sheet, int row, String column, String field, String code, Object... arguments) {
        problemCount++;
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new GratitudeListProblem(sheet, row, column, field, code, Arrays.asList(arguments)));
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

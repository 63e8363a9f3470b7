package vn.ansinh.relief.internal.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.ansinh.relief.ReliefListProblem;
import vn.ansinh.shared.lists.TabularRow;

/**
 * Reads a list of affected households — a header row, then one row per household — into its rows' cells by column:
 * the columns it needs headed once each, the relief columns as a group; a column it does not know is a notice. At most
 * {@link #MAX_PROBLEMS} problems are kept, the count of the others said last.
 */
final class ReliefListReader {

    static final int MAX_PROBLEMS = 1000;

    /** A row of the list: where it is and its cells, stripped. */
    record Row(String sheet, int number, Map<ReliefColumn, String> cells) {

        String cell(ReliefColumn column) {
            return cells.getOrDefault(column, "");
        }

        boolean givesRelief() {
            return ReliefColumn.RELIEF.stream().anyMatch(c -> !cell(c).isEmpty());
        }
    }

    private final Map<ReliefColumn, Integer> columns = new EnumMap<>(ReliefColumn.class);
    private final Map<ReliefColumn, String> headers = new EnumMap<>(ReliefColumn.class);
    private final List<ReliefListProblem> problems = new ArrayList<>();
    private final List<ReliefListProblem> notices = new ArrayList<>();
    private int problemCount;

    /** The rows after the header; none when the header is wrong (its problems say why). */
    List<Row> read(Iterator<TabularRow> rows) {
        TabularRow header = next(rows);
        if (header == null) {
            add(null, 0, null, "", "reliefList.empty");
            return List.of();
        }
        List<Row> read = new ArrayList<>();
        if (header(header)) {
            for (TabularRow row = next(rows); row != null; row = next(rows)) {
                Map<ReliefColumn, String> cells = new EnumMap<>(ReliefColumn.class);
                TabularRow of = row;
                columns.forEach((column, index) -> cells.put(column, of.cell(index).strip()));
                read.add(new Row(row.sheet(), row.number(), cells));
            }
        }
        return read;
    }

    List<ReliefListProblem> problems() {
        return problems;
    }

    List<ReliefListProblem> notices() {
        return notices;
    }

    /** A problem of a row's cell. */
    void problem(Row row, ReliefColumn column, String code, Object... arguments) {
        add(row.sheet(), row.number(), column, column.field(), code, arguments);
    }

    void finish() {
        if (problemCount > MAX_PROBLEMS) {
            problems.add(new ReliefListProblem(null, 0, "", "", "reliefList.moreProblems",
                    List.of(problemCount - MAX_PROBLEMS)));
        }
    }

    private boolean header(TabularRow header) {
        for (int c = 0; c < header.cells().size(); c++) {
            String text = header.cell(c).strip();
            Optional<ReliefColumn> column = ReliefColumn.of(text);
            if (column.isEmpty() && !text.isEmpty()) {
                notices.add(new ReliefListProblem(header.sheet(), header.number(), text, "", "reliefList.column.unused",
                        List.of(text)));
            } else if (column.isPresent() && columns.putIfAbsent(column.get(), c) != null) {
                add(header.sheet(), header.number(), column.get(), "", "reliefList.column.twice", text);
            } else if (column.isPresent()) {
                headers.put(column.get(), text);
            }
        }
        missing(header);
        return problems.isEmpty();
    }

    /** The columns needed, and with any relief column its giver, its day and something given. */
    private void missing(TabularRow header) {
        boolean relief = ReliefColumn.RELIEF.stream().anyMatch(columns::containsKey);
        for (ReliefColumn column : ReliefColumn.values()) {
            boolean needed = column.required() || relief && (column == ReliefColumn.GIVER
                    || column == ReliefColumn.GIVEN_ON);
            if (needed && !columns.containsKey(column)) {
                add(header.sheet(), header.number(), column, "", "reliefList.column.missing", column.header());
            }
        }
        if (relief && ReliefColumn.GIVEN.stream().noneMatch(columns::containsKey)) {
            add(header.sheet(), header.number(), ReliefColumn.RICE, "", "reliefList.column.nothingGiven");
        }
    }

    private void add(String sheet, int row, ReliefColumn column, String field, String code, Object... arguments) {
        problemCount++;
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new ReliefListProblem(sheet, row, column == null ? "" : headers.getOrDefault(column,
                    column.header()), field, code, Arrays.asList(arguments)));
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

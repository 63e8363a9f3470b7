package vn.ansinh.annex.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ansinh.annex.AnnexColumn;
import vn.ansinh.annex.AnnexRow;
import vn.ansinh.annex.AnnexTableDefinition;
import vn.ansinh.annex.ColumnRole;
import vn.ansinh.annex.HeaderCell;
import vn.ansinh.annex.HeaderGrid;
import vn.ansinh.annex.PrintedCell;
import vn.ansinh.annex.PrintedFigure;
import vn.ansinh.annex.TableCheck;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.VietnameseNumbers;

/**
 * Reads a table's definition as a scope sees it. The queries themselves leave out the rows of
 * units the scope cannot read and the printed figures of those rows, of hidden columns and — unless
 * every row is readable — of the total row, so none of them leaves the database. The rows that
 * remain are numbered from 1 again, and their printed figures with them.
 */
@Component
class AnnexTableReader {

    private final JdbcClient jdbc;

    AnnexTableReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<VisibleTable> load(long programmeId, String code, AccessScope scope) {
        return jdbc.sql("select id, title, total_label from annex_table where programme_id = ? and code = ?")
                .params(programmeId, code)
                .query((rs, n) -> new Head(programmeId, code, rs.getLong("id"), rs.getString("title"),
                        rs.getString("total_label")))
                .optional()
                .map(head -> load(head, scope));
    }

    private VisibleTable load(Head head, AccessScope scope) {
        List<AnnexColumn> all = columns(head.id());
        VisibleColumns visible = VisibleColumns.of(all, scope);
        List<StoredRow> rows = rows(head.id(), scope);
        boolean complete = rows.size() == rowCount(head.id());
        AnnexTableDefinition table = new AnnexTableDefinition(head.programmeId(), head.code(), head.title(),
                head.totalLabel(), HeaderGrid.keepColumns(header(head.id()), all.size(), visible.positions()),
                visible.columns(), rows.stream().map(StoredRow::row).toList(),
                printed(head.id(), all, visible, rows, complete), visible.checks(checks(head.id())), notes(head.id()));
        return new VisibleTable(table, complete);
    }

    private List<AnnexColumn> columns(long id) {
        return jdbc.sql("""
                select code, printed_code, role, indicator_id, organisation_id, formula, rolls_forward_from
                from annex_column where table_id = ? order by position""")
                .param(id)
                .query((rs, n) -> new AnnexColumn(rs.getString("code"), rs.getString("printed_code"),
                        ColumnRole.valueOf(rs.getString("role")), rs.getObject("indicator_id", Long.class),
                        rs.getObject("organisation_id", Long.class), rs.getString("formula"),
                        rs.getString("rolls_forward_from")))
                .list();
    }

    /** The rows of readable units, with their printed positions. */
    private List<StoredRow> rows(long id, AccessScope scope) {
        if (!scope.unrestricted() && scope.readableUnits().isEmpty()) {
            return List.of();
        }
        String sql = "select position, unit_id, ordinal, label from annex_row where table_id = :table"
                + (scope.unrestricted() ? "" : " and unit_id in (:units)") + " order by position";
        var statement = jdbc.sql(sql).param("table", id);
        if (!scope.unrestricted()) {
            statement = statement.param("units", List.copyOf(scope.readableUnits()));
        }
        return statement.query((rs, n) -> new StoredRow(rs.getInt("position"),
                new AnnexRow(rs.getLong("unit_id"), rs.getString("ordinal"), rs.getString("label")))).list();
    }

    private int rowCount(long id) {
        return jdbc.sql("select count(*) from annex_row where table_id = ?").param(id).query(Integer.class).single();
    }

    /** Printed figures of the visible cells, keyed by the rows' new numbers; the total row only when complete. */
    private Map<PrintedCell, PrintedFigure> printed(long id, List<AnnexColumn> all, VisibleColumns visible,
            List<StoredRow> rows, boolean complete) {
        Map<Integer, Integer> renumbered = renumbering(rows, complete);
        Map<PrintedCell, PrintedFigure> printed = new LinkedHashMap<>();
        if (renumbered.isEmpty() || visible.positions().isEmpty()) {
            return printed;
        }
        jdbc.sql("""
                select row_position, column_position, printed, amount from printed_figure
                where table_id = :table and row_position in (:rows) and column_position in (:columns)
                order by row_position, column_position""")
                .param("table", id).param("rows", List.copyOf(renumbered.keySet()))
                .param("columns", visible.positions().stream().map(p -> p + 1).toList())
                .query(rs -> {
                    String column = all.get(rs.getInt("column_position") - 1).code();
                    printed.put(new PrintedCell(renumbered.get(rs.getInt("row_position")), column),
                            new PrintedFigure(rs.getString("printed"), VietnameseNumbers.normalize(rs.getBigDecimal("amount"))));
                });
        return printed;
    }

    /** Each row's printed position to its number among the visible rows; the total row's when complete. */
    private static Map<Integer, Integer> renumbering(List<StoredRow> rows, boolean complete) {
        Map<Integer, Integer> renumbered = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            renumbered.put(rows.get(i).position(), i + 1);
        }
        if (complete) {
            renumbered.put(PrintedCell.TOTAL_ROW, PrintedCell.TOTAL_ROW);
        }
        return renumbered;
    }

    private List<List<HeaderCell>> header(long id) {
        Map<Integer, List<HeaderCell>> rows = new TreeMap<>();
        jdbc.sql("select header_row, label, col_span, row_span from annex_header_cell where table_id = ? order by header_row, position")
                .param(id)
                .query(rs -> {
                    rows.computeIfAbsent(rs.getInt("header_row"), k -> new ArrayList<>())
                            .add(new HeaderCell(rs.getString("label"), rs.getInt("col_span"), rs.getInt("row_span")));
                });
        return List.copyOf(rows.values());
    }

    private List<TableCheck> checks(long id) {
        return jdbc.sql("select kind, column_code, operands, other_table, other_column from annex_check where table_id = ? order by position")
                .param(id)
                .query((rs, n) -> new TableCheck(TableCheck.Kind.valueOf(rs.getString("kind")), rs.getString("column_code"),
                        operands(rs.getString("operands")), rs.getString("other_table"), rs.getString("other_column")))
                .list();
    }

    private List<String> notes(long id) {
        return jdbc.sql("select text from annex_note where table_id = ? order by position")
                .param(id).query(String.class).list();
    }

    private static List<String> operands(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }

    private record Head(long programmeId, String code, long id, String title, String totalLabel) {
    }

    /** A row with its position in the printed table, which its printed figures are stored under. */
    private record StoredRow(int position, AnnexRow row) {
    }
}

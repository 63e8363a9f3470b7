package vn.ansinh.annex.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.ansinh.annex.AnnexColumn;
import vn.ansinh.annex.AnnexRow;
import vn.ansinh.annex.AnnexTableDefinition;
import vn.ansinh.annex.ColumnRole;
import vn.ansinh.annex.HeaderCell;
import vn.ansinh.annex.PrintedCell;
import vn.ansinh.annex.PrintedFigure;
import vn.ansinh.annex.TableCheck;
import vn.ansinh.shared.VietnameseNumbers;

/** Stores annex table definitions and their printed figures. */
@Component
class AnnexTableStore {

    private final JdbcClient jdbc;

    AnnexTableStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(AnnexTableDefinition table) {
        int position = jdbc.sql("select count(*) from annex_table where programme_id = ?")
                .param(table.programmeId()).query(Integer.class).single() + 1;
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into annex_table (programme_id, code, position, title, total_label) values (?, ?, ?, ?, ?)")
                .params(table.programmeId(), table.code(), position, table.title(), table.totalLabel())
                .update(key, "id");
        long id = key.getKey().longValue();
        saveHeader(id, table.header());
        saveColumns(id, table.columns());
        for (int i = 0; i < table.rows().size(); i++) {
            AnnexRow row = table.rows().get(i);
            jdbc.sql("insert into annex_row (table_id, position, unit_id, ordinal, label) values (?, ?, ?, ?, ?)")
                    .params(id, i + 1, row.unitId(), row.ordinal(), row.label()).update();
        }
        savePrinted(id, table);
        saveChecks(id, table.checks());
        for (int i = 0; i < table.notes().size(); i++) {
            jdbc.sql("insert into annex_note (table_id, position, text) values (?, ?, ?)")
                    .params(id, i + 1, table.notes().get(i)).update();
        }
    }

    private void saveHeader(long id, List<List<HeaderCell>> header) {
        for (int r = 0; r < header.size(); r++) {
            for (int c = 0; c < header.get(r).size(); c++) {
                HeaderCell cell = header.get(r).get(c);
                jdbc.sql("""
                        insert into annex_header_cell (table_id, header_row, position, label, col_span, row_span)
                        values (?, ?, ?, ?, ?, ?)""")
                        .params(id, r + 1, c + 1, cell.label(), cell.colSpan(), cell.rowSpan()).update();
            }
        }
    }

    private void saveColumns(long id, List<AnnexColumn> columns) {
        for (int i = 0; i < columns.size(); i++) {
            AnnexColumn column = columns.get(i);
            jdbc.sql("""
                    insert into annex_column (table_id, position, code, printed_code, role, indicator_id,
                    organisation_id, formula) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, i + 1, column.code(), column.printedCode(), column.role().name(),
                            column.indicatorId(), column.organisationId(), column.formula())
                    .update();
        }
    }

    private void savePrinted(long id, AnnexTableDefinition table) {
        Map<String, Integer> positions = columnPositions(table.columns());
        for (Map.Entry<PrintedCell, PrintedFigure> entry : table.printed().entrySet()) {
            jdbc.sql("""
                    insert into printed_figure (table_id, row_position, column_position, printed, amount)
                    values (?, ?, ?, ?, ?)""")
                    .params(id, entry.getKey().row(), positions.get(entry.getKey().column()),
                            entry.getValue().printed(), entry.getValue().amount())
                    .update();
        }
    }

    private void saveChecks(long id, List<TableCheck> checks) {
        for (int i = 0; i < checks.size(); i++) {
            TableCheck check = checks.get(i);
            jdbc.sql("""
                    insert into annex_check (table_id, position, kind, column_code, operands, other_table, other_column)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, i + 1, check.kind().name(), check.column(), String.join(",", check.operands()),
                            check.otherTable(), check.otherColumn())
                    .update();
        }
    }

    List<String> codes(long programmeId) {
        return jdbc.sql("select code from annex_table where programme_id = ? order by position")
                .param(programmeId).query(String.class).list();
    }

    Optional<AnnexTableDefinition> load(long programmeId, String code) {
        return jdbc.sql("select id, title, total_label from annex_table where programme_id = ? and code = ?")
                .params(programmeId, code)
                .query((rs, n) -> new Head(rs.getLong("id"), rs.getString("title"), rs.getString("total_label")))
                .optional()
                .map(head -> load(programmeId, code, head));
    }

    private AnnexTableDefinition load(long programmeId, String code, Head head) {
        List<AnnexColumn> columns = columns(head.id());
        return new AnnexTableDefinition(programmeId, code, head.title(), head.totalLabel(), header(head.id()),
                columns, rows(head.id()), printed(head.id(), columns), checks(head.id()), notes(head.id()));
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

    private List<AnnexColumn> columns(long id) {
        return jdbc.sql("""
                select code, printed_code, role, indicator_id, organisation_id, formula from annex_column
                where table_id = ? order by position""")
                .param(id)
                .query((rs, n) -> new AnnexColumn(rs.getString("code"), rs.getString("printed_code"),
                        ColumnRole.valueOf(rs.getString("role")), rs.getObject("indicator_id", Long.class),
                        rs.getObject("organisation_id", Long.class), rs.getString("formula")))
                .list();
    }

    private List<AnnexRow> rows(long id) {
        return jdbc.sql("select unit_id, ordinal, label from annex_row where table_id = ? order by position")
                .param(id)
                .query((rs, n) -> new AnnexRow(rs.getLong("unit_id"), rs.getString("ordinal"), rs.getString("label")))
                .list();
    }

    private Map<PrintedCell, PrintedFigure> printed(long id, List<AnnexColumn> columns) {
        Map<PrintedCell, PrintedFigure> printed = new LinkedHashMap<>();
        jdbc.sql("select row_position, column_position, printed, amount from printed_figure where table_id = ? order by row_position, column_position")
                .param(id)
                .query(rs -> {
                    String column = columns.get(rs.getInt("column_position") - 1).code();
                    printed.put(new PrintedCell(rs.getInt("row_position"), column),
                            new PrintedFigure(rs.getString("printed"), VietnameseNumbers.normalize(rs.getBigDecimal("amount"))));
                });
        return printed;
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

    private static Map<String, Integer> columnPositions(List<AnnexColumn> columns) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            positions.put(columns.get(i).code(), i + 1);
        }
        return positions;
    }

    private record Head(long id, String title, String totalLabel) {
    }
}

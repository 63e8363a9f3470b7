package vn.ansinh.annex.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.ansinh.annex.AnnexColumn;
import vn.ansinh.annex.AnnexRow;
import vn.ansinh.annex.AnnexTableDefinition;
import vn.ansinh.annex.HeaderCell;
import vn.ansinh.annex.PrintedCell;
import vn.ansinh.annex.PrintedFigure;
import vn.ansinh.annex.TableCheck;

/** Stores annex table definitions and their printed figures; {@link AnnexTableReader} reads them back. */
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
                    organisation_id, formula, rolls_forward_from) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, i + 1, column.code(), column.printedCode(), column.role().name(),
                            column.indicatorId(), column.organisationId(), column.formula(), column.rollsForwardFrom())
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

    /** Table titles by code, in printed order. */
    Map<String, String> titles(long programmeId) {
        Map<String, String> titles = new LinkedHashMap<>();
        jdbc.sql("select code, title from annex_table where programme_id = ? order by position")
                .param(programmeId)
                .query(rs -> {
                    titles.put(rs.getString("code"), rs.getString("title"));
                });
        return titles;
    }

    private static Map<String, Integer> columnPositions(List<AnnexColumn> columns) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            positions.put(columns.get(i).code(), i + 1);
        }
        return positions;
    }
}

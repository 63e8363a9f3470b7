package vn.ansinh.checks.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ansinh.checks.StatedFigure;

@Component
public class StatedFigureStore {

    private final JdbcClient jdbc;

    StatedFigureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(long programmeId, List<StatedFigure> figures) {
        for (int i = 0; i < figures.size(); i++) {
            StatedFigure f = figures.get(i);
            jdbc.sql("""
                    insert into stated_figure (programme_id, position, source_table, location, excerpt, printed, kind,
                    table_code, column_code, row_unit_id, indicator_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(programmeId, i + 1, f.sourceTable(), f.location(), f.excerpt(), f.printed(), f.kind().name(),
                            f.tableCode(), f.columnCode(), f.rowUnitId(), f.indicatorId())
                    .update();
        }
    }

    public List<StatedFigure> load(long programmeId) {
        return jdbc.sql("""
                select source_table, location, excerpt, printed, kind, table_code, column_code, row_unit_id, indicator_id
                from stated_figure where programme_id = ? order by position""")
                .param(programmeId)
                .query((rs, n) -> new StatedFigure(rs.getString("source_table"), rs.getString("location"),
                        rs.getString("excerpt"), rs.getString("printed"), StatedFigure.Kind.valueOf(rs.getString("kind")),
                        rs.getString("table_code"), rs.getString("column_code"), rs.getObject("row_unit_id", Long.class),
                        rs.getObject("indicator_id", Long.class)))
                .list();
    }
}

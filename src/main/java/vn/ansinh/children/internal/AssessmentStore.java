package vn.ansinh.children.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ansinh.children.CriterionMark;

/** Reads and writes the communes' assessments, criterion by criterion. */
@Component
public class AssessmentStore {

    private final JdbcClient jdbc;

    AssessmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(long unitId, CriterionMark mark) {
    }

    /** The marks of the communes in the year, by commune (a commune with none is left out). */
    public Map<Long, List<CriterionMark>> of(Collection<Long> unitIds, int year) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select unit_id, criterion_code, met, note from child_friendly_assessment "
                + "where unit_id in (:units) and assessed_year = :year order by unit_id, criterion_code")
                .param("units", unitIds).param("year", year)
                .query((rs, n) -> new Row(rs.getLong(1), new CriterionMark(rs.getString(2), rs.getBoolean(3),
                        rs.getString(4))))
                .list().stream().collect(Collectors.groupingBy(Row::unitId,
                        Collectors.mapping(Row::mark, Collectors.toList())));
    }

    /** Replaces the commune's marks of the year with these. */
    public void replace(long unitId, int year, List<CriterionMark> marks) {
        jdbc.sql("delete from child_friendly_assessment where unit_id = :unit and assessed_year = :year")
                .param("unit", unitId).param("year", year).update();
        for (CriterionMark m : marks) {
            jdbc.sql("insert into child_friendly_assessment (unit_id, assessed_year, criterion_code, met, note) "
                    + "values (:unit, :year, :code, :met, :note)")
                    .param("unit", unitId).param("year", year).param("code", m.code()).param("met", m.met())
                    .param("note", m.note()).update();
        }
    }
}

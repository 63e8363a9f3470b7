package vn.ansinh.children.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.ansinh.children.CriteriaSet;
import vn.ansinh.children.Criterion;

/** Reads and writes the criteria sets of a child-friendly commune with their criteria. */
@Component
public class CriteriaStore {

    private final JdbcClient jdbc;

    CriteriaStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(long setId, Criterion criterion) {
    }

    /** Oldest first, each set's criteria in their order. */
    public List<CriteriaSet> all() {
        Map<Long, List<Criterion>> criteria = jdbc.sql("select set_id, code, name_vi, name_en from child_criterion "
                + "order by set_id, position, id")
                .query((rs, n) -> new Row(rs.getLong(1), new Criterion(rs.getString(2), rs.getString(3), rs.getString(4))))
                .list().stream().collect(Collectors.groupingBy(Row::setId,
                        Collectors.mapping(Row::criterion, Collectors.toList())));
        return jdbc.sql("select id, valid_from, valid_to, legal_basis, entered_on from child_criteria_set "
                + "order by valid_from, id")
                .query((rs, n) -> new CriteriaSet(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getObject(5, LocalDate.class),
                        criteria.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    /** Adds the set and its criteria; the one returned carries its new id. */
    public CriteriaSet insert(CriteriaSet s) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into child_criteria_set (valid_from, valid_to, legal_basis, entered_on) "
                + "values (:from, :to, :basis, :entered)")
                .param("from", s.validFrom()).param("to", s.validTo()).param("basis", s.legalBasis())
                .param("entered", s.enteredOn()).update(key, "id");
        long id = key.getKey().longValue();
        for (int i = 0; i < s.criteria().size(); i++) {
            Criterion c = s.criteria().get(i);
            jdbc.sql("insert into child_criterion (set_id, position, code, name_vi, name_en) "
                    + "values (:set, :position, :code, :vi, :en)")
                    .param("set", id).param("position", i + 1).param("code", c.code()).param("vi", c.nameVi())
                    .param("en", c.nameEn()).update();
        }
        return new CriteriaSet(id, s.validFrom(), s.validTo(), s.legalBasis(), s.enteredOn(), s.criteria());
    }

    public void end(long id, LocalDate validTo) {
        jdbc.sql("update child_criteria_set set valid_to = :to where id = :id").param("to", validTo).param("id", id)
                .update();
    }
}

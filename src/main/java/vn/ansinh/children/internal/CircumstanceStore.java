package vn.ansinh.children.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.ansinh.children.CaseKind;
import vn.ansinh.children.ChildCase;
import vn.ansinh.children.ChildGroup;
import vn.ansinh.children.Sex;
import vn.ansinh.children.SpecialCount;

/** Reads and writes the communes' counts of children in special circumstances and their cases of abuse, accidents. */
@Component
public class CircumstanceStore {

    private final JdbcClient jdbc;

    CircumstanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The commune's counts of the year, in the order of the groups of the law. */
    public List<SpecialCount> counts(long unitId, int year) {
        return jdbc.sql("select child_group, children, supported from child_special_count "
                + "where unit_id = :unit and counted_year = :year")
                .param("unit", unitId).param("year", year)
                .query((rs, n) -> new SpecialCount(unitId, year, ChildGroup.valueOf(rs.getString(1)), rs.getInt(2),
                        rs.getInt(3)))
                .list().stream().sorted(java.util.Comparator.comparing(SpecialCount::group)).toList();
    }

    public Optional<SpecialCount> count(long unitId, int year, ChildGroup group) {
        return counts(unitId, year).stream().filter(c -> c.group() == group).findFirst();
    }

    /** Writes the group's count of the year, over the one before if any. */
    public void put(SpecialCount c, boolean exists) {
        String sql = exists
                ? "update child_special_count set children = :children, supported = :supported "
                        + "where unit_id = :unit and counted_year = :year and child_group = :group"
                : "insert into child_special_count (unit_id, counted_year, child_group, children, supported) "
                        + "values (:unit, :year, :group, :children, :supported)";
        jdbc.sql(sql).param("unit", c.unitId()).param("year", c.year()).param("group", c.group().name())
                .param("children", c.children()).param("supported", c.supported()).update();
    }

    /** The commune's cases of the year, oldest first. */
    public List<ChildCase> cases(long unitId, int year) {
        return jdbc.sql("select id, occurred_on, kind, age, sex, handling from child_case where unit_id = :unit "
                + "and occurred_on between :first and :last order by occurred_on, id")
                .param("unit", unitId).param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
                .query((rs, n) -> new ChildCase(rs.getLong(1), unitId, rs.getObject(2, LocalDate.class),
                        CaseKind.valueOf(rs.getString(3)), rs.getInt(4), Sex.valueOf(rs.getString(5)), rs.getString(6)))
                .list();
    }

    /** Adds the case; the one returned carries its new id. */
    public ChildCase insert(ChildCase c) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into child_case (unit_id, occurred_on, kind, age, sex, handling) "
                + "values (:unit, :day, :kind, :age, :sex, :handling)")
                .param("unit", c.unitId()).param("day", c.occurredOn()).param("kind", c.kind().name())
                .param("age", c.age()).param("sex", c.sex().name()).param("handling", c.handling())
                .update(key, "id");
        return new ChildCase(key.getKey().longValue(), c.unitId(), c.occurredOn(), c.kind(), c.age(), c.sex(),
                c.handling());
    }
}

package vn.ansinh.units.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the succession graph in bulk for {@code UnitLineage}: every step out of a set of units up to a day, in one
 * query per generation rather than one per unit.
 */
@Repository
public class UnitLineageStore {

    /** One succession: the unit before, the unit after, the day and the kind. */
    public record Step(long predecessorId, long successorId, LocalDate effectiveOn, String kind) {
    }

    private static final int MANY = 500;

    private final JdbcClient jdbc;

    UnitLineageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The successions out of these units that took effect on or before the day. */
    public List<Step> stepsFrom(Collection<Long> unitIds, LocalDate day) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        if (unitIds.size() > MANY) {
            // A national table's 10.000 units: H2 compares an IN list one by one for every row; the whole table is small.
            Set<Long> from = Set.copyOf(unitIds);
            return jdbc.sql("""
                    select predecessor_id, successor_id, effective_on, kind from unit_succession
                    where effective_on <= :day order by predecessor_id, successor_id""")
                    .param("day", day).query(UnitLineageStore::step).list().stream()
                    .filter(s -> from.contains(s.predecessorId())).toList();
        }
        return jdbc.sql("""
                select predecessor_id, successor_id, effective_on, kind from unit_succession
                where predecessor_id in (:ids) and effective_on <= :day order by predecessor_id, successor_id""")
                .param("ids", unitIds).param("day", day).query(UnitLineageStore::step).list();
    }

    private static Step step(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Step(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getString(4));
    }
}

package vn.ansinh.units.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the successions between units: a unit's predecessors and successors, with the day and kind of each. */
@Repository
public class UnitSuccessionStore {

    /** The other unit of a succession, with its day and kind. */
    public record Link(long unitId, LocalDate effectiveOn, String kind) {
    }

    private final JdbcClient jdbc;

    UnitSuccessionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Link> predecessors(long unitId) {
        return jdbc.sql("select predecessor_id, effective_on, kind from unit_succession where successor_id = :id order by predecessor_id")
                .param("id", unitId).query((rs, n) -> new Link(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
                .list();
    }

    public List<Link> successors(long unitId) {
        return jdbc.sql("select successor_id, effective_on, kind from unit_succession where predecessor_id = :id order by successor_id")
                .param("id", unitId).query((rs, n) -> new Link(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
                .list();
    }
}

package vn.ansinh.units.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ansinh.units.SuccessionKind;
import vn.ansinh.units.SuccessionRecord;

/** Reads successions whole (with their legal basis), in the order they were recorded. */
@Repository
public class SuccessionRecordStore {

    private static final String SELECT = """
            select predecessor_id, successor_id, effective_on, kind, legal_basis from unit_succession""";

    private final JdbcClient jdbc;

    SuccessionRecordStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SuccessionRecord> into(long successorId) {
        return jdbc.sql(SELECT + " where successor_id = :id order by id").param("id", successorId).query(this::row).list();
    }

    public List<SuccessionRecord> outOf(long predecessorId) {
        return jdbc.sql(SELECT + " where predecessor_id = :id order by id").param("id", predecessorId).query(this::row)
                .list();
    }

    public List<SuccessionRecord> effectiveOn(LocalDate day) {
        return jdbc.sql(SELECT + " where effective_on = :day order by id").param("day", day).query(this::row).list();
    }

    private SuccessionRecord row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new SuccessionRecord(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                SuccessionKind.valueOf(rs.getString(4)), rs.getString(5));
    }
}

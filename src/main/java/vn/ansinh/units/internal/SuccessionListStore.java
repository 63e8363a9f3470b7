package vn.ansinh.units.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every succession recorded, read at once, and a succession recorded or its kind corrected: for list imports. */
@Repository
public class SuccessionListStore {

    /** A recorded succession. */
    public record Recorded(long predecessorId, long successorId, LocalDate effectiveOn, String kind, String legalBasis) {
    }

    private final JdbcClient jdbc;

    SuccessionListStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Recorded> all() {
        return jdbc.sql("select predecessor_id, successor_id, effective_on, kind, legal_basis from unit_succession")
                .query((rs, n) -> new Recorded(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    public void insert(Recorded link) {
        jdbc.sql("""
                insert into unit_succession (predecessor_id, successor_id, effective_on, kind, legal_basis)
                values (:from, :to, :on, :kind, :basis)""")
                .param("from", link.predecessorId()).param("to", link.successorId()).param("on", link.effectiveOn())
                .param("kind", link.kind()).param("basis", link.legalBasis()).update();
    }

    public void update(Recorded link) {
        jdbc.sql("""
                update unit_succession set effective_on = :on, kind = :kind, legal_basis = coalesce(:basis, legal_basis)
                where predecessor_id = :from and successor_id = :to""")
                .param("from", link.predecessorId()).param("to", link.successorId()).param("on", link.effectiveOn())
                .param("kind", link.kind()).param("basis", link.legalBasis()).update();
    }
}

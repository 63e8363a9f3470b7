package vn.ansinh.allowances.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.ansinh.allowances.AllowanceBase;
import vn.ansinh.allowances.AllowanceScheme;

/** Reads and writes the schemes' base levels. */
@Component
public class AllowanceBaseStore {

    private final JdbcClient jdbc;

    AllowanceBaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By scheme, oldest first. */
    public List<AllowanceBase> all() {
        return jdbc.sql("select id, scheme, amount, valid_from, valid_to, legal_basis, entered_on from allowance_base "
                + "order by scheme, valid_from, id")
                .query((rs, n) -> new AllowanceBase(rs.getLong(1), AllowanceScheme.valueOf(rs.getString(2)),
                        rs.getBigDecimal(3), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                        rs.getString(6), rs.getObject(7, LocalDate.class)))
                .list();
    }

    /** Adds the base; the one returned carries its new id. */
    public AllowanceBase insert(AllowanceBase b) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into allowance_base (scheme, amount, valid_from, valid_to, legal_basis, entered_on) "
                + "values (:scheme, :amount, :from, :to, :basis, :entered)")
                .param("scheme", b.scheme().name()).param("amount", b.amount()).param("from", b.validFrom())
                .param("to", b.validTo()).param("basis", b.legalBasis()).param("entered", b.enteredOn())
                .update(key, "id");
        return new AllowanceBase(key.getKey().longValue(), b.scheme(), b.amount(), b.validFrom(), b.validTo(),
                b.legalBasis(), b.enteredOn());
    }

    public void end(long id, LocalDate validTo) {
        jdbc.sql("update allowance_base set valid_to = :to where id = :id").param("to", validTo).param("id", id).update();
    }
}

package vn.ansinh.allowances.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.ansinh.allowances.BeneficiaryGroup;
import vn.ansinh.allowances.Grant;

/** Reads and writes the communes' registers of grants; a month is stored as its first day. */
@Component
public class GrantStore {

    private final JdbcClient jdbc;

    GrantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The commune's grants, in the order entered. */
    public List<Grant> ofUnit(long unitId) {
        return jdbc.sql("select id, unit_id, beneficiary_group, full_name, birth_date, decision, coefficient, first_month, "
                + "last_month from allowance_grant where unit_id = :unit order by id")
                .param("unit", unitId)
                .query((rs, n) -> new Grant(rs.getLong(1), rs.getLong(2), BeneficiaryGroup.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getBigDecimal(7),
                        month(rs.getObject(8, LocalDate.class)), month(rs.getObject(9, LocalDate.class))))
                .list();
    }

    /** Adds the grant; the one returned carries its new id. */
    public Grant insert(Grant g) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into allowance_grant (unit_id, beneficiary_group, full_name, birth_date, decision, coefficient, "
                + "first_month, last_month) values (:unit, :group, :name, :born, :decision, :coefficient, :first, :last)")
                .param("unit", g.unitId()).param("group", g.group().name()).param("name", g.fullName())
                .param("born", g.birthDate()).param("decision", g.decision()).param("coefficient", g.coefficient())
                .param("first", g.firstMonth().atDay(1))
                .param("last", g.lastMonth() == null ? null : g.lastMonth().atDay(1))
                .update(key, "id");
        return new Grant(key.getKey().longValue(), g.unitId(), g.group(), g.fullName(), g.birthDate(), g.decision(),
                g.coefficient(), g.firstMonth(), g.lastMonth());
    }

    private static YearMonth month(LocalDate first) {
        return first == null ? null : YearMonth.from(first);
    }
}

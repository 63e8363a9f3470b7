package vn.ansinh.allowances.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.ansinh.allowances.AllowanceScheme;
import vn.ansinh.allowances.BeneficiaryGroup;
import vn.ansinh.allowances.Grant;
import vn.ansinh.allowances.GrantEndReason;

/** Reads and writes the communes' registers of grants (their changes through GrantChangeStore); a month is stored as its first day. */
@Component
public class GrantStore {

    private static final String COLUMNS = "id, unit_id, beneficiary_group, full_name, birth_date, decision, coefficient, "
            + "first_month, last_month, household_id, citizen_id, end_reason";

    private final JdbcClient jdbc;
    private final GrantChangeStore changes;

    GrantStore(JdbcClient jdbc, GrantChangeStore changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    /** The commune's grants with their changes, in the order entered. */
    public List<Grant> ofUnit(long unitId) {
        return changes.withChanges(jdbc.sql("select " + COLUMNS + " from allowance_grant where unit_id = :unit order by id")
                .param("unit", unitId).query((rs, n) -> grant(rs)).list(), unitId);
    }

    /** The grant with its changes. */
    public Optional<Grant> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from allowance_grant where id = :id").param("id", id)
                .query((rs, n) -> grant(rs)).optional().map(g -> changes.withChanges(List.of(g), g.unitId()).get(0));
    }

    /** Unit and household of each linked grant of the units in force in the month whose group is of the scheme. */
    public List<long[]> householdsInForce(Collection<Long> unitIds, AllowanceScheme scheme, YearMonth month) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        List<String> groups = java.util.Arrays.stream(BeneficiaryGroup.values()).filter(g -> g.scheme() == scheme)
                .map(Enum::name).toList();
        return jdbc.sql("select distinct unit_id, household_id from allowance_grant where unit_id in (:units) "
                + "and household_id is not null and beneficiary_group in (:groups) and first_month <= :month "
                + "and (last_month is null or last_month >= :month)")
                .param("units", List.copyOf(unitIds)).param("groups", groups).param("month", month.atDay(1))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    /** Adds the grant; the one returned carries its new id. */
    public Grant insert(Grant g) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into allowance_grant (unit_id, beneficiary_group, full_name, birth_date, decision, coefficient, "
                + "first_month, last_month, household_id, citizen_id, end_reason) values (:unit, :group, :name, :born, "
                + ":decision, :coefficient, :first, :last, :household, :citizen, :reason)")
                .param("unit", g.unitId()).param("group", g.group().name()).param("name", g.fullName())
                .param("born", g.birthDate()).param("decision", g.decision()).param("coefficient", g.coefficient())
                .param("first", g.firstMonth().atDay(1)).param("last", day(g.lastMonth()))
                .param("household", g.householdId()).param("citizen", g.citizenId())
                .param("reason", g.endReason() == null ? null : g.endReason().name())
                .update(key, "id");
        return g.withId(key.getKey().longValue());
    }

    /** Sets the grant's last month and why it ended. */
    public void end(long id, YearMonth last, GrantEndReason reason) {
        jdbc.sql("update allowance_grant set last_month = :last, end_reason = :reason where id = :id")
                .param("last", last.atDay(1)).param("reason", reason.name()).param("id", id).update();
    }

    private static Grant grant(ResultSet rs) throws SQLException {
        String reason = rs.getString(12);
        return new Grant(rs.getLong(1), rs.getLong(2), BeneficiaryGroup.valueOf(rs.getString(3)), rs.getString(4),
                rs.getObject(5, LocalDate.class), rs.getString(6), rs.getBigDecimal(7),
                month(rs.getObject(8, LocalDate.class)), month(rs.getObject(9, LocalDate.class)),
                rs.getObject(10, Long.class), rs.getString(11), reason == null ? null : GrantEndReason.valueOf(reason),
                List.of());
    }

    private static LocalDate day(YearMonth month) {
        return month == null ? null : month.atDay(1);
    }

    private static YearMonth month(LocalDate first) {
        return first == null ? null : YearMonth.from(first);
    }
}

package vn.ansinh.allowances.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ansinh.allowances.Grant;
import vn.ansinh.allowances.GrantChange;

/**
 * Reads and writes the changes later decisions made to grants. A change row holds only what is in force from its
 * month; what it replaced is read from the grant's first values or the change before, so a change entered between
 * two others leaves the history right.
 */
@Component
public class GrantChangeStore {

    private final JdbcClient jdbc;

    GrantChangeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The grants (as their first decisions granted them) with their changes, standing as the latest decides. */
    public List<Grant> withChanges(List<Grant> grants, long unitId) {
        Map<Long, List<Step>> steps = steps(unitId).stream()
                .collect(Collectors.groupingBy(Step::grantId));
        return grants.stream().map(g -> changed(g, steps.getOrDefault(g.id(), List.of()))).toList();
    }

    /** Adds a change of the grant from the month, entered on the day. */
    public void insert(long grantId, YearMonth from, BigDecimal coefficient, String decision, LocalDate enteredOn) {
        jdbc.sql("insert into allowance_grant_change (grant_id, from_month, coefficient, decision, entered_on) "
                + "values (:grant, :from, :coefficient, :decision, :entered)").param("grant", grantId)
                .param("from", from.atDay(1)).param("coefficient", coefficient).param("decision", decision)
                .param("entered", enteredOn).update();
    }

    private List<Step> steps(long unitId) {
        return jdbc.sql("select c.grant_id, c.from_month, c.coefficient, c.decision from allowance_grant_change c "
                + "join allowance_grant g on g.id = c.grant_id where g.unit_id = :unit order by c.grant_id, c.from_month")
                .param("unit", unitId).query((rs, n) -> new Step(rs.getLong(1),
                        YearMonth.from(rs.getObject(2, LocalDate.class)), rs.getBigDecimal(3), rs.getString(4))).list();
    }

    private static Grant changed(Grant first, List<Step> steps) {
        List<GrantChange> changes = new ArrayList<>();
        BigDecimal coefficient = first.coefficient();
        String decision = first.decision();
        for (Step s : steps) {
            changes.add(new GrantChange(s.from(), coefficient, s.coefficient(), decision, s.decision()));
            coefficient = s.coefficient();
            decision = s.decision();
        }
        return new Grant(first.id(), first.unitId(), first.group(), first.fullName(), first.birthDate(), decision,
                coefficient, first.firstMonth(), first.lastMonth(), first.householdId(), first.citizenId(),
                first.endReason(), changes);
    }

    /** One change row: what is in force from its month. */
    private record Step(long grantId, YearMonth from, BigDecimal coefficient, String decision) {
    }
}

package vn.ansinh.allowances;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.PersonalData;

/**
 * A beneficiary's allowance as its decisions grant it: the commune they live in, their group, name and birth date,
 * the decision and the coefficient (as the grant stands now, or in the month it is seen at: {@link #asIn}), and the
 * first and last month paid (lastMonth null: still paid); the registry household they live in (null: not linked) and
 * their citizen ID (personal data; null: not known); why it ended (null: still paid, or an end entered with the
 * grant without a reason); the changes later decisions made from a month on, oldest first.
 */
public record Grant(long id, long unitId, BeneficiaryGroup group, String fullName, LocalDate birthDate, String decision,
        BigDecimal coefficient, YearMonth firstMonth, YearMonth lastMonth, Long householdId, String citizenId,
        GrantEndReason endReason, List<GrantChange> changes) {

    public Grant {
        changes = List.copyOf(changes);
    }

    /** What is granted month by month: the first decision's coefficient, then each change's from its month. */
    public Entitlement entitlement() {
        TreeMap<YearMonth, BigDecimal> steps = new TreeMap<>();
        changes.forEach(c -> steps.put(c.fromMonth(), c.newCoefficient()));
        BigDecimal first = changes.isEmpty() ? coefficient : changes.get(0).oldCoefficient();
        return new Entitlement(group.scheme(), first, firstMonth, lastMonth, steps);
    }

    /** Whether the month is paid: from the first month to the last, or open. */
    public boolean inForce(YearMonth month) {
        return entitlement().covers(month);
    }

    /** The change that took effect in the month, if one did. */
    public Optional<GrantChange> changeIn(YearMonth month) {
        return changes.stream().filter(c -> c.fromMonth().equals(month)).findFirst();
    }

    /** The same grant with the coefficient and decision in force in the month (before any change: the first ones). */
    public Grant asIn(YearMonth month) {
        GrantChange last = null;
        for (GrantChange c : changes) {
            last = c.fromMonth().isAfter(month) ? last : c;
        }
        String decisionThen = last != null ? last.newDecision() : changes.isEmpty() ? decision : changes.get(0).oldDecision();
        return new Grant(id, unitId, group, fullName, birthDate, decisionThen, entitlement().coefficientIn(month),
                firstMonth, lastMonth, householdId, citizenId, endReason, changes);
    }

    /** As the scope may see it: the citizen ID masked for roles without access to personal data. */
    public Grant seenBy(AccessScope scope) {
        return scope.personalData() ? this : new Grant(id, unitId, group, fullName, birthDate, decision, coefficient,
                firstMonth, lastMonth, householdId, PersonalData.mask(citizenId), endReason, changes);
    }

    /** The same grant paid up to the month, ended for the reason. */
    public Grant endingIn(YearMonth last, GrantEndReason reason) {
        return new Grant(id, unitId, group, fullName, birthDate, decision, coefficient, firstMonth, last, householdId,
                citizenId, reason, changes);
    }

    /** The same grant with its id. */
    public Grant withId(long newId) {
        return new Grant(newId, unitId, group, fullName, birthDate, decision, coefficient, firstMonth, lastMonth,
                householdId, citizenId, endReason, changes);
    }
}

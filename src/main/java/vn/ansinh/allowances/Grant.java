package vn.ansinh.allowances;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.PersonalData;

/**
 * A beneficiary's allowance as its decision grants it: the commune they live in, their group, name and birth date,
 * the decision, the coefficient, and the first and last month paid (lastMonth null: still paid); the registry
 * household they live in (null: not linked) and their citizen ID (personal data; null: not known); why it ended
 * (null: still paid, or an end entered with the grant without a reason).
 */
public record Grant(long id, long unitId, BeneficiaryGroup group, String fullName, LocalDate birthDate, String decision,
        BigDecimal coefficient, YearMonth firstMonth, YearMonth lastMonth, Long householdId, String citizenId,
        GrantEndReason endReason) {

    public Entitlement entitlement() {
        return new Entitlement(group.scheme(), coefficient, firstMonth, lastMonth);
    }

    /** Whether the month is paid: from the first month to the last, or open. */
    public boolean inForce(YearMonth month) {
        return entitlement().covers(month);
    }

    /** As the scope may see it: the citizen ID masked for roles without access to personal data. */
    public Grant seenBy(AccessScope scope) {
        return scope.personalData() ? this : new Grant(id, unitId, group, fullName, birthDate, decision, coefficient,
                firstMonth, lastMonth, householdId, PersonalData.mask(citizenId), endReason);
    }

    /** The same grant paid up to the month, ended for the reason. */
    public Grant endingIn(YearMonth last, GrantEndReason reason) {
        return new Grant(id, unitId, group, fullName, birthDate, decision, coefficient, firstMonth, last, householdId,
                citizenId, reason);
    }

    /** The same grant with its id. */
    public Grant withId(long newId) {
        return new Grant(newId, unitId, group, fullName, birthDate, decision, coefficient, firstMonth, lastMonth,
                householdId, citizenId, endReason);
    }
}

package vn.ansinh.allowances;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A beneficiary's allowance as its decision grants it: the commune they live in, their group, name and birth date,
 * the decision, the coefficient, and the first and last month paid (lastMonth null: still paid).
 */
public record Grant(long id, long unitId, BeneficiaryGroup group, String fullName, LocalDate birthDate, String decision,
        BigDecimal coefficient, YearMonth firstMonth, YearMonth lastMonth) {

    public Entitlement entitlement() {
        return new Entitlement(group.scheme(), coefficient, firstMonth, lastMonth);
    }
}

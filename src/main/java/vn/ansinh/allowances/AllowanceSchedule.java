package vn.ansinh.allowances;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Monthly allowances and arrears from the base levels over time. A month is paid at the level in force on its first
 * day, times the beneficiary's coefficient in force that month (a later decision may change it), rounded to the
 * đồng. A level entered after the day it took effect (a decree issued late) leaves the months from then up to the
 * month it was entered paid at the level before: the difference of each such month the beneficiary was granted is
 * owed as arrears, at the coefficient of that month.
 */
public final class AllowanceSchedule {

    /** Funeral support of a social assistance beneficiary: 20 × the base (Nghị định 20/2021/NĐ-CP, Điều 11). */
    public static final BigDecimal FUNERAL_MULTIPLE = new BigDecimal("20");

    private final List<AllowanceBase> bases;

    public AllowanceSchedule(List<AllowanceBase> bases) {
        this.bases = bases.stream().sorted(Comparator.comparing(AllowanceBase::validFrom)).toList();
    }

    /** The allowance of the month; zero where the beneficiary is not granted it or no level is in force. */
    public BigDecimal monthly(Entitlement e, YearMonth month) {
        return e.covers(month) ? level(e.scheme(), month.atDay(1)).map(b -> times(b, e.coefficientIn(month)))
                .orElse(BigDecimal.ZERO) : BigDecimal.ZERO;
    }

    /** What a level entered late owes the beneficiary, month by month (none for a level entered in time). */
    public List<Arrear> arrears(Entitlement e, AllowanceBase level) {
        List<Arrear> owed = new ArrayList<>();
        if (level.enteredOn() == null || level.scheme() != e.scheme()) {
            return owed;
        }
        Optional<AllowanceBase> before = level(e.scheme(), level.validFrom().minusDays(1));
        YearMonth entered = YearMonth.from(level.enteredOn());
        for (YearMonth m = firstMonthFrom(level.validFrom()); m.isBefore(entered); m = m.plusMonths(1)) {
            if (e.covers(m) && level.covers(m.atDay(1))) {
                BigDecimal coefficient = e.coefficientIn(m);
                BigDecimal paid = before.map(b -> times(b, coefficient)).orElse(BigDecimal.ZERO);
                owed.add(new Arrear(m, paid, times(level, coefficient)));
            }
        }
        return owed;
    }

    /**
     * The funeral support a grant ended by death owes: for social assistance, the multiple of the base in force in
     * the month of death (the last month paid, as its allowance is); none for other grants or schemes, or with no
     * base that month.
     */
    public Optional<BigDecimal> funeral(Grant g) {
        if (g.endReason() != GrantEndReason.DEATH || g.group().scheme() != AllowanceScheme.SOCIAL_ASSISTANCE
                || g.lastMonth() == null) {
            return Optional.empty();
        }
        return level(AllowanceScheme.SOCIAL_ASSISTANCE, g.lastMonth().atDay(1))
                .map(b -> b.amount().multiply(FUNERAL_MULTIPLE).setScale(0, RoundingMode.HALF_UP));
    }

    /** The sum of the months' differences. */
    public static BigDecimal total(List<Arrear> arrears) {
        return arrears.stream().map(Arrear::difference).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Optional<AllowanceBase> level(AllowanceScheme scheme, LocalDate day) {
        return bases.stream().filter(b -> b.scheme() == scheme && b.covers(day)).findFirst();
    }

    /** The month whose first day is the level's first day or the first after it. */
    private static YearMonth firstMonthFrom(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        return day.getDayOfMonth() == 1 ? month : month.plusMonths(1);
    }

    private static BigDecimal times(AllowanceBase base, BigDecimal coefficient) {
        return base.amount().multiply(coefficient).setScale(0, RoundingMode.HALF_UP);
    }

    /** One month owed: what was paid, what was due, and the difference. */
    public record Arrear(YearMonth month, BigDecimal paid, BigDecimal due) {

        public BigDecimal difference() {
            return due.subtract(paid);
        }
    }
}

package vn.ansinh.allowances;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;

/**
 * A commune's changes of a month: the grants first paid that month (with that month's allowance), those stopped (last
 * paid the month before, with the allowance no longer paid) and those a new decision changed from that month (the
 * month's allowance at the old coefficient and at the new one). Totals computed.
 */
public record MonthChanges(long unitId, YearMonth month, List<Register.Line> added, List<Register.Line> stopped,
        List<Changed> changed) {

    public MonthChanges {
        added = List.copyOf(added);
        stopped = List.copyOf(stopped);
        changed = List.copyOf(changed);
    }

    /** A grant changed from the month: its change, the month's allowance at the old coefficient and at the new. */
    public record Changed(Grant grant, GrantChange change, BigDecimal before, BigDecimal after) {

        public BigDecimal difference() {
            return after.subtract(before);
        }
    }

    /**
     * From the register of the month and of the month before; oldAllowance: a line's allowance of the month at the
     * coefficient its change replaced. A grant changed in its first month is new, not changed.
     */
    static MonthChanges of(Register month, Register before, Function<Register.Line, BigDecimal> oldAllowance) {
        YearMonth m = month.month();
        return new MonthChanges(month.unitId(), m, month.lines().stream()
                .filter(l -> l.grant().firstMonth().equals(m)).toList(), before.lines().stream()
                .filter(l -> before.month().equals(l.grant().lastMonth())).toList(), month.lines().stream()
                .filter(l -> l.grant().inForce(m) && l.grant().firstMonth().isBefore(m) && l.grant().changeIn(m).isPresent())
                .map(l -> new Changed(l.grant(), l.grant().changeIn(m).get(), oldAllowance.apply(l), l.monthly()))
                .toList());
    }

    public BigDecimal addedTotal() {
        return sum(added);
    }

    public BigDecimal stoppedTotal() {
        return sum(stopped);
    }

    public BigDecimal changedBefore() {
        return changed.stream().map(Changed::before).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal changedAfter() {
        return changed.stream().map(Changed::after).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal changedDifference() {
        return changedAfter().subtract(changedBefore());
    }

    /** What the month's allowances change by through these grants: added less stopped, plus the changes' differences. */
    public BigDecimal net() {
        return addedTotal().subtract(stoppedTotal()).add(changedDifference());
    }

    private static BigDecimal sum(List<Register.Line> lines) {
        return lines.stream().map(Register.Line::monthly).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

package vn.ansinh.allowances;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A commune's changes of a month: the grants first paid that month (with that month's allowance) and those stopped
 * (last paid the month before, with the allowance no longer paid). The register keeps a grant's decision and
 * coefficient as entered, with no history of their changes, so changed grants cannot be listed. Totals computed.
 */
public record MonthChanges(long unitId, YearMonth month, List<Register.Line> added, List<Register.Line> stopped) {

    public MonthChanges {
        added = List.copyOf(added);
        stopped = List.copyOf(stopped);
    }

    /** From the register of the month and of the month before. */
    static MonthChanges of(Register month, Register before) {
        return new MonthChanges(month.unitId(), month.month(), month.lines().stream()
                .filter(l -> l.grant().firstMonth().equals(month.month())).toList(), before.lines().stream()
                .filter(l -> before.month().equals(l.grant().lastMonth())).toList());
    }

    public BigDecimal addedTotal() {
        return sum(added);
    }

    public BigDecimal stoppedTotal() {
        return sum(stopped);
    }

    /** What the month's allowances change by through these grants: added less stopped. */
    public BigDecimal net() {
        return addedTotal().subtract(stoppedTotal());
    }

    private static BigDecimal sum(List<Register.Line> lines) {
        return lines.stream().map(Register.Line::monthly).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

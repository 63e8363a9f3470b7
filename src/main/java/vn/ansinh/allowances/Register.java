package vn.ansinh.allowances;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A commune's grants with what each comes to in the month, in arrears of levels entered late and, ended by death, in
 * funeral support; totals computed.
 */
public record Register(long unitId, YearMonth month, List<Line> lines) {

    /** funeral: the support a grant ended by death owes (null: none). */
    public record Line(Grant grant, BigDecimal monthly, BigDecimal arrears, BigDecimal funeral) {
    }

    /** Whether a line owes funeral support (the register shows the column only then). */
    public boolean anyFuneral() {
        return lines.stream().anyMatch(l -> l.funeral() != null);
    }

    public BigDecimal monthlyTotal() {
        return lines.stream().map(Line::monthly).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal arrearsTotal() {
        return lines.stream().map(Line::arrears).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** How many are paid in the month. */
    public long paid() {
        return lines.stream().filter(l -> l.monthly().signum() > 0).count();
    }
}

package vn.ansinh.allowances;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a base level entered late owes a commune's beneficiaries: each one owed, month by month (paid at the level
 * before, due at this one); totals computed.
 */
public record ArrearsList(long unitId, AllowanceBase level, List<Owed> owed) {

    public ArrearsList {
        owed = List.copyOf(owed);
    }

    /** One beneficiary's months owed (none is listed without). */
    public record Owed(Grant grant, List<AllowanceSchedule.Arrear> months) {

        public Owed {
            months = List.copyOf(months);
        }

        public BigDecimal total() {
            return AllowanceSchedule.total(months);
        }
    }

    public int months() {
        return owed.stream().mapToInt(o -> o.months().size()).sum();
    }

    public BigDecimal total() {
        return owed.stream().map(Owed::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

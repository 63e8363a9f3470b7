package vn.ansinh.relief;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An event with what it came to within the units asked about. */
public record ReliefEventSummary(long id, DisasterKind kind, String name, LocalDate struckOn, int householdsAffected,
        int householdsRelieved, BigDecimal riceKg, BigDecimal money) {

    static ReliefEventSummary of(ReliefEvent event, ReliefTotals totals) {
        return new ReliefEventSummary(event.id(), event.kind(), event.name(), event.struckOn(),
                totals.householdsAffected(), totals.householdsRelieved(), totals.riceKg(), totals.money());
    }
}

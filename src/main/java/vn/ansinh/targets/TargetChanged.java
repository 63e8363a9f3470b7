package vn.ansinh.targets;

import java.math.BigDecimal;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/**
 * A target's committed amount was set: created where the indicator × unit × organisation × year had
 * no target yet, updated where it had one (its plan figure, if any, stays as it was).
 */
public record TargetChanged(FigureKey key, int year, boolean existed, BigDecimal oldAmount, BigDecimal newAmount)
        implements AuditedChange {

    /** A target as the audit shows it. */
    public record Amount(long indicatorId, long unitId, Long organisationId, int year, BigDecimal amount) {
    }

    @Override
    public AuditAction action() {
        return existed ? AuditAction.UPDATE : AuditAction.CREATE;
    }

    @Override
    public String entityType() {
        return "target";
    }

    /** indicator/unit/organisation ("-" for none)/year. */
    @Override
    public String entityId() {
        return key.indicatorId() + "/" + key.unitId() + "/" + (key.organisationId() == null ? "-" : key.organisationId())
                + "/" + year;
    }

    @Override
    public Long unitId() {
        return key.unitId();
    }

    @Override
    public Object oldValue() {
        return existed ? amount(oldAmount) : null;
    }

    @Override
    public Object newValue() {
        return amount(newAmount);
    }

    private Amount amount(BigDecimal amount) {
        return new Amount(key.indicatorId(), key.unitId(), key.organisationId(), year, amount);
    }
}

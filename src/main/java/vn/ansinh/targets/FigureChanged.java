package vn.ansinh.targets;

import java.math.BigDecimal;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** A baseline or target was entered, changed or cleared. */
public record FigureChanged(AuditAction action, FigureKind kind, FigureKey key, int year, BigDecimal before,
        BigDecimal after) implements AuditedChange {

    /** Which of the two input figures changed. */
    public enum FigureKind {
        BASELINE,
        TARGET
    }

    @Override
    public String entityType() {
        return kind == FigureKind.BASELINE ? "baseline" : "target";
    }

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
        return before;
    }

    @Override
    public Object newValue() {
        return after;
    }
}

package vn.ansinh.units;

import java.time.LocalDate;
import java.util.List;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** A succession was recorded: the units before (their codes), the one after, the day, the kind and its basis. */
public record UnitsSucceeded(List<String> predecessors, String successor, long successorId, LocalDate effectiveOn,
        SuccessionKind kind, String legalBasis) implements AuditedChange {

    @Override
    public AuditAction action() {
        return AuditAction.CREATE;
    }

    @Override
    public String entityType() {
        return "unit_succession";
    }

    @Override
    public String entityId() {
        return successor;
    }

    @Override
    public Long unitId() {
        return successorId;
    }

    @Override
    public Object oldValue() {
        return null;
    }

    @Override
    public Object newValue() {
        return this;
    }
}

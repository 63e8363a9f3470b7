package vn.ansinh.households;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** A kept count of the registry differed from a full recount and was set to it. */
public record RegistryCountRepaired(long countUnitId, int year, RegistryMeasure measure, Long organisationId,
        long kept, long counted) implements AuditedChange {

    /** A count as the audit shows it. */
    public record Count(int year, RegistryMeasure measure, Long organisationId, long amount) {
    }

    @Override
    public AuditAction action() {
        return AuditAction.UPDATE;
    }

    @Override
    public String entityType() {
        return "registry_count";
    }

    @Override
    public String entityId() {
        return countUnitId + "/" + year + "/" + measure.name() + (organisationId == null ? "" : "/" + organisationId);
    }

    @Override
    public Long unitId() {
        return countUnitId;
    }

    @Override
    public Object oldValue() {
        return new Count(year, measure, organisationId, kept);
    }

    @Override
    public Object newValue() {
        return new Count(year, measure, organisationId, counted);
    }
}

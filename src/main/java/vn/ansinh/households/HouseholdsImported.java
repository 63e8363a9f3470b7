package vn.ansinh.households;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** A household list was imported and written: one audit entry for the file, with what it did. */
public record HouseholdsImported(String file, int created, int changed, int members, int statuses)
        implements AuditedChange {

    @Override
    public AuditAction action() {
        return AuditAction.IMPORT;
    }

    @Override
    public String entityType() {
        return "household_list";
    }

    @Override
    public String entityId() {
        return file;
    }

    @Override
    public Long unitId() {
        return null;
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

package vn.ansinh.units;

import java.time.LocalDate;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** An official unit list was imported with the day it takes effect: one audit entry with its counts. */
public record UnitsImported(String file, LocalDate effective, long created, long changed, long ended, int unchanged)
        implements AuditedChange {

    @Override
    public AuditAction action() {
        return AuditAction.IMPORT;
    }

    @Override
    public String entityType() {
        return "unit_list";
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

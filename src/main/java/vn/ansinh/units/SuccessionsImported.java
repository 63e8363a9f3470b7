package vn.ansinh.units;

import java.time.LocalDate;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** A succession list was imported with the day it took effect: one audit entry with its counts. */
public record SuccessionsImported(String file, LocalDate effective, String legalBasis, int events, int created,
        int changed, int unchanged, int chosen) implements AuditedChange {

    @Override
    public AuditAction action() {
        return AuditAction.IMPORT;
    }

    @Override
    public String entityType() {
        return "unit_succession_list";
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

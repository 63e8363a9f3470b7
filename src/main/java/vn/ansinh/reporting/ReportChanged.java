package vn.ansinh.reporting;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** A report was opened, saved or moved on in its workflow; the audit keeps it before and after. */
public record ReportChanged(Long unitOfReport, Report before, Report after) implements AuditedChange {

    @Override
    public AuditAction action() {
        return before == null ? AuditAction.CREATE : AuditAction.UPDATE;
    }

    @Override
    public String entityType() {
        return "report";
    }

    @Override
    public String entityId() {
        return String.valueOf(after.id());
    }

    @Override
    public Long unitId() {
        return unitOfReport;
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

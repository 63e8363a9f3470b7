package vn.ansinh.children;

import java.util.List;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** A commune's assessment of a year was saved: its marks before (empty: none) and after. */
public record AssessmentChanged(long commune, int year, List<CriterionMark> before, List<CriterionMark> after)
        implements AuditedChange {

    @Override
    public AuditAction action() {
        return before.isEmpty() ? AuditAction.CREATE : AuditAction.UPDATE;
    }

    @Override
    public String entityType() {
        return "child_friendly_assessment";
    }

    @Override
    public String entityId() {
        return commune + "/" + year;
    }

    @Override
    public Long unitId() {
        return commune;
    }

    @Override
    public Object oldValue() {
        return before.isEmpty() ? null : before;
    }

    @Override
    public Object newValue() {
        return after;
    }
}

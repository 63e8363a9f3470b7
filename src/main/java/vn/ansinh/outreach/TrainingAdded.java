package vn.ansinh.outreach;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;
import vn.ansinh.shared.PartyKind;

/** A training of officers was entered for a programme. */
public record TrainingAdded(Training training) implements AuditedChange {

    @Override
    public AuditAction action() {
        return AuditAction.CREATE;
    }

    @Override
    public String entityType() {
        return "outreach_training";
    }

    @Override
    public String entityId() {
        return String.valueOf(training.id());
    }

    @Override
    public Long unitId() {
        return training.organiser().kind() == PartyKind.UNIT ? training.organiser().id() : null;
    }

    @Override
    public Object oldValue() {
        return null;
    }

    @Override
    public Object newValue() {
        return training;
    }
}

package vn.ansinh.meetings;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;
import vn.ansinh.shared.PartyKind;

/** An action item was decided (before null) or closed; filed under its party's unit when the party is a unit. */
public record ActionItemChanged(ActionItem before, ActionItem after) implements AuditedChange {

    @Override
    public AuditAction action() {
        return before == null ? AuditAction.CREATE : AuditAction.UPDATE;
    }

    @Override
    public String entityType() {
        return "action_item";
    }

    @Override
    public String entityId() {
        return String.valueOf(after.id());
    }

    @Override
    public Long unitId() {
        return after.responsible().kind() == PartyKind.UNIT ? after.responsible().id() : null;
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

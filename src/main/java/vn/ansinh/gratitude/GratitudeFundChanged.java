package vn.ansinh.gratitude;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/**
 * An entry of a commune's gratitude fund was added: a contribution (gratitude_contribution), a house (gratitude_house)
 * or a gift (gratitude_gift); the entry's record is its value after. A house linked to a household of the registry is
 * that household's personal data (personalSubject "household:42"), sealed with its key; null otherwise.
 */
public record GratitudeFundChanged(String entityType, long id, long unit, Object after, String personalSubject)
        implements AuditedChange {

    @Override
    public AuditAction action() {
        return AuditAction.CREATE;
    }

    @Override
    public String entityId() {
        return String.valueOf(id);
    }

    @Override
    public Long unitId() {
        return unit;
    }

    @Override
    public Object oldValue() {
        return null;
    }

    @Override
    public Object newValue() {
        return after;
    }
}

package vn.ansinh.relief;

import vn.ansinh.households.HouseholdAnonymised;
import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/**
 * An event, an affected household or relief given was recorded (entityType relief_event, relief_household,
 * relief_given). A household linked to the registry is that household's personal data, sealed with its key.
 */
public record ReliefRecorded(String entityType, long id, Long unitId, Object recorded, Long registryHousehold)
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
    public Object oldValue() {
        return null;
    }

    @Override
    public Object newValue() {
        return recorded;
    }

    @Override
    public String personalSubject() {
        return registryHousehold == null ? null : HouseholdAnonymised.subject(registryHousehold);
    }
}

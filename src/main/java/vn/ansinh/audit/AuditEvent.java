package vn.ansinh.audit;

import java.time.Instant;

/**
 * One row of the audit log. action is an {@link vn.ansinh.shared.AuditAction} name, kept as text
 * so old rows stay readable if the enum changes; oldValue and newValue are JSON text (null when
 * there was none). occurredAt is an instant: stored in UTC, shown in office time by OfficeTime.
 */
public record AuditEvent(Long id, Instant occurredAt, String actor, String action, String entityType,
        String entityId, Long unitId, String oldValue, String newValue) {
}

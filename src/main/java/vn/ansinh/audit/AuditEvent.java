package vn.ansinh.audit;

import java.time.LocalDateTime;

/**
 * One row of the audit log. action is an {@link vn.ansinh.shared.AuditAction} name, kept as text
 * so old rows stay readable if the enum changes; oldValue and newValue are JSON text (null when
 * there was none).
 */
public record AuditEvent(Long id, LocalDateTime occurredAt, String actor, String action, String entityType,
        String entityId, Long unitId, String oldValue, String newValue) {
}

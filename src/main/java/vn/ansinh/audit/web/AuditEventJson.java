package vn.ansinh.audit.web;

import java.time.OffsetDateTime;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.audit.AuditEvent;
import vn.ansinh.shared.OfficeTime;

/** An audit entry in the API, its time in office time with its offset; the values before and after are JSON, not JSON in a string. */
record AuditEventJson(long id, OffsetDateTime occurredAt, String actor, String action, String entityType,
        String entityId, Long unitId, JsonNode oldValue, JsonNode newValue) {

    static AuditEventJson of(AuditEvent event, JsonMapper json) {
        return new AuditEventJson(event.id(), event.occurredAt().atZone(OfficeTime.ZONE).toOffsetDateTime(), event.actor(), event.action(), event.entityType(),
                event.entityId(), event.unitId(), tree(event.oldValue(), json), tree(event.newValue(), json));
    }

    private static JsonNode tree(String value, JsonMapper json) {
        return value == null ? null : json.readTree(value);
    }
}

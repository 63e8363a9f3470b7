package vn.ansinh.audit;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** Any audited change a test needs; the record's accessors are the interface's methods. */
record TestChange(AuditAction action, String entityType, String entityId, Long unitId, Object oldValue,
        Object newValue) implements AuditedChange {

    /** A value with one text field, to see text go through JSON, the page and the CSV intact. */
    record Note(String text) {
    }

    static TestChange update(String entityType, String entityId, Long unitId, String oldText, String newText) {
        return new TestChange(AuditAction.UPDATE, entityType, entityId, unitId,
                oldText == null ? null : new Note(oldText), new Note(newText));
    }
}

package vn.ansinh.shared;

/**
 * A past-tense event that changed something worth auditing. Modules publish their own event
 * records implementing this; the audit module records who, when, what and the values before
 * and after, in the same transaction as the change.
 */
public interface AuditedChange {

    AuditAction action();

    /** The kind of record changed, e.g. "programme", "user_account". */
    String entityType();

    String entityId();

    /** The unit the change concerns, for filtering; null when none. */
    Long unitId();

    /** The values before the change (null when created); any record, written as JSON. */
    Object oldValue();

    /** The values after the change (null when deleted); any record, written as JSON. */
    Object newValue();

    /**
     * Whose personal data the values hold ("household:42"), or null: the audit keeps them sealed with that
     * subject's own key, so that erasing the subject's data can make them unreadable without changing an entry.
     */
    default String personalSubject() {
        return null;
    }

    /** Whether this change erased the subject's personal data: its key goes, and what was sealed with it. */
    default boolean erasesPersonalData() {
        return false;
    }
}

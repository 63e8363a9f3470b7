package vn.ansinh.shared;

/** What kind of write an audit entry records. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    IMPORT,
    APPROVE,
    LOGIN,
    LOGIN_FAILED
}

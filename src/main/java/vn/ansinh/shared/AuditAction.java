package vn.ansinh.shared;

/** What kind of write an audit entry records. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    IMPORT,
    APPROVE,
    ANONYMISE,
    LOGIN,
    LOGIN_FAILED
}

package vn.ansinh.audit.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/**
 * A login or a failed login, as an audit entry on the user account. The value says where from
 * and, for a failure, why (the kind of failure, never what was typed as the password).
 */
record LoginAttempt(AuditAction action, String username, String remoteAddress, String reason)
        implements AuditedChange {

    static final int MAX_USERNAME = 100;

    LoginAttempt {
        username = username.length() <= MAX_USERNAME ? username : username.substring(0, MAX_USERNAME);
    }

    @Override
    public String entityType() {
        return "user_account";
    }

    @Override
    public String entityId() {
        return username;
    }

    @Override
    public Long unitId() {
        return null;
    }

    @Override
    public Object oldValue() {
        return null;
    }

    @Override
    public Object newValue() {
        Map<String, String> value = new LinkedHashMap<>();
        if (remoteAddress != null) {
            value.put("remoteAddress", remoteAddress);
        }
        if (reason != null) {
            value.put("reason", reason);
        }
        return value;
    }
}

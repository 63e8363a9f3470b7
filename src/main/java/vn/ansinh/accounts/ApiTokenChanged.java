package vn.ansinh.accounts;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** A personal API token was issued (CREATE) or revoked (DELETE); the token itself is never kept. */
public record ApiTokenChanged(AuditAction action, long tokenId, String username, String name) implements AuditedChange {

    @Override
    public String entityType() {
        return "api_token";
    }

    @Override
    public String entityId() {
        return String.valueOf(tokenId);
    }

    @Override
    public Long unitId() {
        return null;
    }

    @Override
    public Object oldValue() {
        return action == AuditAction.DELETE ? new Token(username, name, true) : null;
    }

    @Override
    public Object newValue() {
        return action == AuditAction.DELETE ? new Token(username, name, false) : new Token(username, name, true);
    }

    record Token(String username, String name, boolean active) {
    }
}

package vn.ansinh.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.ansinh.audit.AuditLog;
import vn.ansinh.shared.AuditedChange;

/**
 * Records every {@link AuditedChange} a module publishes. A plain, synchronous listener on
 * purpose (not a transactional one): it runs inside the transaction of the change, so a change
 * rolled back leaves no entry, and an entry that cannot be written rolls the change back.
 */
@Component
class AuditedChangeListener {

    private final AuditLog log;

    AuditedChangeListener(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(AuditedChange change) {
        log.record(change);
    }
}

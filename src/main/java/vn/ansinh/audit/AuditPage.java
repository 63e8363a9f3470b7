package vn.ansinh.audit;

import java.util.List;

/** One page of the audit log, newest first; page counts from 1. */
public record AuditPage(List<AuditEvent> events, int page, int pageSize, long total) {

    public AuditPage {
        events = List.copyOf(events);
    }

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}

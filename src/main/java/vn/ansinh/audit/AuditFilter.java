package vn.ansinh.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What to look for in the audit log; every part is optional (null: any). from and to are whole
 * days, both included. Bound from the query string of the page, the CSV export and the API.
 */
public record AuditFilter(String actor, Long unitId, String entityType,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    public AuditFilter {
        actor = blankToNull(actor);
        entityType = blankToNull(entityType);
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

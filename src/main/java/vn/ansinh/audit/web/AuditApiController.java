package vn.ansinh.audit.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.audit.AuditFilter;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.audit.AuditPage;

/** The audit log as JSON, for administrators: read only, like every other way into it. */
@RestController
@Tag(name = "Audit log", description = "Who changed what and when (administrators only)")
class AuditApiController {

    private final AuditLog log;
    private final JsonMapper json;

    AuditApiController(AuditLog log, JsonMapper json) {
        this.log = log;
        this.json = json;
    }

    record AuditPageJson(List<AuditEventJson> events, int page, int pageSize, long total, int pages) {
    }

    @GetMapping("/api/v1/admin/audit")
    @Operation(summary = "Audit entries, newest first, 50 a page; filter by actor, unitId, entityType, "
            + "from and to (ISO dates, both included)")
    AuditPageJson events(AuditFilter filter, @RequestParam(defaultValue = "1") int page) {
        AuditPage events = log.search(filter, page);
        return new AuditPageJson(events.events().stream().map(e -> AuditEventJson.of(e, json)).toList(),
                events.page(), events.pageSize(), events.total(), events.pages());
    }
}

package vn.ansinh.privacy.web;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.privacy.AccessLog;
import vn.ansinh.privacy.AccessLogPage;
import vn.ansinh.privacy.AccessRecord;

/** The personal-data access log as JSON, for administrators: read only, like the page. */
@RestController
@Tag(name = "Personal data", description = "Who saw whose personal data, when and why (administrators only)")
class AccessLogApiController {

    private final AccessLog log;

    AccessLogApiController(AccessLog log) {
        this.log = log;
    }

    /** One entry: who, when (an instant, UTC), what showed the data, why, and whose. */
    record AccessJson(String who, Instant when, String action, String purpose, Long householdId, String householdCode,
            Long unitId, List<String> citizenIds) {

        static AccessJson of(AccessRecord r) {
            return new AccessJson(r.actor(), r.occurredAt(), r.action().name(), r.purpose().name(), r.householdId(),
                    r.householdCode(), r.unitId(), r.citizenIds());
        }
    }

    record AccessPageJson(List<AccessJson> records, int page, int pageSize, long total, int pages) {
    }

    @GetMapping("/api/v1/admin/personal-data/access-log")
    @Operation(summary = "Views and downloads that showed personal data in full, newest first, 50 a page; subject: "
            + "a citizen ID or a household code")
    AccessPageJson records(@RequestParam(required = false) String subject, @RequestParam(defaultValue = "1") int page) {
        AccessLogPage found = log.search(subject, page);
        return new AccessPageJson(found.records().stream().map(AccessJson::of).toList(), found.paging().page(),
                found.paging().size(), found.paging().total(), found.paging().pages());
    }
}

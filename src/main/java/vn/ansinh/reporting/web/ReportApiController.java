package vn.ansinh.reporting.web;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.reporting.Completeness;
import vn.ansinh.reporting.CompletenessReport;
import vn.ansinh.reporting.Report;
import vn.ansinh.reporting.ReportRefusal;
import vn.ansinh.reporting.ReporterKind;
import vn.ansinh.reporting.ReportingPeriod;
import vn.ansinh.reporting.Reports;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.UniqueRace;

/** Periodic reports as JSON: periods, a reporter's report, its saves and the steps of its workflow. */
@RestController
@Tag(name = "Reports", description = "Periodic reports of communes and organisations, their review and approval")
class ReportApiController {

    private final Reports reports;
    private final CompletenessReport completeness;

    ReportApiController(Reports reports, CompletenessReport completeness) {
        this.reports = reports;
        this.completeness = completeness;
    }

    record OpenJson(Long periodId, Long unitId, Long organisationId) {
    }

    /** version: the version read; a save over a newer one is refused (409) naming who changed it and when. */
    record SaveJson(Integer version, Map<Long, BigDecimal> figures, String difficulties, String proposals) {
    }

    record StepJson(Integer version, String comment, String reason) {
    }

    @GetMapping("/api/v1/programmes/{id}/periods")
    @Operation(summary = "The programme's reporting periods (months, quarters, the year) with their due dates")
    List<ReportingPeriod> periods(@PathVariable long id, AccessScope scope) {
        return reports.periods(id, scope);
    }

    @PostMapping("/api/v1/programmes/{id}/periods")
    @Operation(summary = "Administrators: give the programme the periods of its year it lacks (new programmes have them)")
    List<ReportingPeriod> createPeriods(@PathVariable long id) {
        return reports.createPeriods(id);
    }

    @GetMapping("/api/v1/programmes/{id}/completeness")
    @Operation(summary = "Who has reported for a period (period=2019-03, 2019-Q1 or 2019): each commune and organisation "
            + "with its report's state, submitted on time or late, not yet; and the on-time rate")
    Completeness completeness(@PathVariable long id, @RequestParam String period, AccessScope scope) {
        return completeness.of(id, period, scope);
    }

    @PostMapping("/api/v1/reports")
    @Operation(summary = "The report of a commune (unitId) or an organisation (organisationId) for a period: the one "
            + "there is, or a new draft with what ansinh knows pre-filled")
    Report open(@RequestBody OpenJson request, Principal user, AccessScope scope) {
        if (request.periodId() == null || (request.unitId() == null) == (request.organisationId() == null)) {
            throw new ReportRefusal("report.request.reporter");
        }
        ReporterKind kind = request.unitId() != null ? ReporterKind.UNIT : ReporterKind.ORGANISATION;
        long reporter = request.unitId() != null ? request.unitId() : request.organisationId();
        return UniqueRace.findOrMake(() -> reports.open(request.periodId(), kind, reporter, user.getName(), scope));
    }

    @GetMapping("/api/v1/reports/{id}")
    Report one(@PathVariable long id, AccessScope scope) {
        return reports.byId(id, scope);
    }

    @GetMapping("/api/v1/reports")
    @Operation(summary = "The reports of a period that the caller may read")
    List<Report> ofPeriod(@RequestParam long period, AccessScope scope) {
        return reports.ofPeriod(period, scope);
    }

    @PutMapping("/api/v1/reports/{id}")
    @Operation(summary = "Save a draft or returned report's figures (by indicator id) and texts")
    Report save(@PathVariable long id, @RequestBody SaveJson request, Principal user, AccessScope scope) {
        return reports.save(id, version(request.version()), request.figures() == null ? Map.of() : request.figures(),
                request.difficulties(), request.proposals(), user.getName(), scope);
    }

    @PostMapping("/api/v1/reports/{id}/submit")
    Report submit(@PathVariable long id, @RequestBody StepJson request, Principal user, AccessScope scope) {
        return reports.submit(id, version(request.version()), user.getName(), scope);
    }

    @PostMapping("/api/v1/reports/{id}/approve")
    Report approve(@PathVariable long id, @RequestBody StepJson request, Principal user, AccessScope scope) {
        return reports.approve(id, version(request.version()), user.getName(), scope);
    }

    @PostMapping("/api/v1/reports/{id}/return")
    Report returnWith(@PathVariable long id, @RequestBody StepJson request, Principal user, AccessScope scope) {
        return reports.returnWith(id, version(request.version()), request.comment(), user.getName(), scope);
    }

    @PostMapping("/api/v1/reports/{id}/reopen")
    Report reopen(@PathVariable long id, @RequestBody StepJson request, Principal user, AccessScope scope) {
        return reports.reopen(id, version(request.version()), request.reason(), user.getName(), scope);
    }

    private static int version(Integer version) {
        if (version == null) {
            throw new ReportRefusal("report.request.version");
        }
        return version;
    }
}

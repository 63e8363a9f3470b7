package vn.ansinh.reporting.web;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.commitments.PartyStanding;
import vn.ansinh.commitments.ProgressBook;
import vn.ansinh.reporting.CompletenessReport;
import vn.ansinh.reporting.Consolidation;
import vn.ansinh.reporting.ConsolidatedReport;
import vn.ansinh.reporting.Report;
import vn.ansinh.reporting.ReportNotFoundException;
import vn.ansinh.reporting.ReporterKind;
import vn.ansinh.reporting.Reports;
import vn.ansinh.reporting.ReportingPeriod;
import vn.ansinh.responsibility.Department;
import vn.ansinh.responsibility.Responsibilities;
import vn.ansinh.responsibility.UnknownDepartmentException;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.UniqueRace;

/**
 * «Báo cáo định kỳ»: a period's completeness, a reporter's report opened (filled in by ReportFormController),
 * and the period's consolidated report as a page, XLSX and PDF.
 */
@Controller
class ReportPageController {

    private final Reports reports;
    private final CompletenessReport completeness;
    private final Consolidation consolidation;
    private final MessageSource messages;
    private final Responsibilities responsibilities;

    private final ProgressBook progress;

    ReportPageController(Reports reports, CompletenessReport completeness, Consolidation consolidation,
            MessageSource messages, Responsibilities responsibilities, ProgressBook progress) {
        this.progress = progress;
        this.responsibilities = responsibilities;
        this.reports = reports;
        this.completeness = completeness;
        this.consolidation = consolidation;
        this.messages = messages;
    }

    @GetMapping("/programmes/{id}/reports")
    String period(@PathVariable long id, @RequestParam(required = false) String period, Model model, AccessScope scope) {
        List<ReportingPeriod> periods = periods(id, scope);
        String chosen = period != null ? period : periods.get(0).code();
        model.addAttribute("programmeId", id);
        model.addAttribute("periods", periods);
        model.addAttribute("period", chosen);
        model.addAttribute("completeness", completeness.of(id, chosen, scope));
        model.addAttribute("periodId", periods.stream().filter(p -> p.code().equals(chosen)).findFirst().orElseThrow().id());
        return "reporting/period";
    }

    @PostMapping("/programmes/{id}/reports/open")
    String open(@PathVariable long id, @RequestParam long period, @RequestParam ReporterKind kind, @RequestParam long reporter,
            Principal user, AccessScope scope) {
        Report report = UniqueRace.findOrMake(() -> reports.open(period, kind, reporter, user.getName(), scope));
        return "redirect:/programmes/" + id + "/reports/" + report.id();
    }

    /**
     * Without a period (a link that lost it) the programme's first period, as the reports page opens. department:
     * the code of the department whose part alone is shown; none, the whole report.
     */
    @GetMapping("/programmes/{id}/reports/consolidated")
    String consolidated(@PathVariable long id, @RequestParam(required = false) String period,
            @RequestParam(required = false) String department, Model model, AccessScope scope, Locale locale) {
        if (period == null || period.isBlank()) {
            return "redirect:/programmes/" + id + "/reports/consolidated?period=" + periods(id, scope).get(0).code();
        }
        model.addAttribute("programmeId", id);
        ConsolidatedReport report = consolidation.of(id, period, scope, department);
        model.addAttribute("consolidated", report);
        model.addAttribute("departments", responsibilities.during(reports.periods(id, scope).stream()
                .filter(p -> p.code().equals(report.period())).findFirst().orElseThrow().year()));
        model.addAttribute("department", department == null ? "" : department.strip());
        model.addAttribute("periodName", periodName(id, report.period(), scope, locale));
        model.addAttribute("partyStandings", standings(id, report, scope));
        return "reporting/consolidated";
    }

    @GetMapping("/programmes/{id}/reports/consolidated.xlsx")
    void consolidatedXlsx(@PathVariable long id, @RequestParam String period,
            @RequestParam(required = false) String department, AccessScope scope, Locale locale,
            HttpServletResponse response) throws IOException {
        ConsolidatedReport report = download(id, period, department, scope, response,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
        ConsolidatedFiles.xlsx(report, standings(id, report, scope), title(id, report, department, scope, locale), response.getOutputStream());
    }

    @GetMapping("/programmes/{id}/reports/consolidated.pdf")
    void consolidatedPdf(@PathVariable long id, @RequestParam String period,
            @RequestParam(required = false) String department, AccessScope scope, Locale locale,
            HttpServletResponse response) throws IOException {
        ConsolidatedReport report = download(id, period, department, scope, response, "application/pdf", "pdf");
        ConsolidatedFiles.pdf(report, standings(id, report, scope), title(id, report, department, scope, locale), response.getOutputStream());
    }

    private ConsolidatedReport download(long id, String period, String department, AccessScope scope,
            HttpServletResponse response, String contentType, String extension) {
        ConsolidatedReport report = consolidation.of(id, period, scope, department);
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"tong-hop-" + report.period() + "." + extension + "\"");
        return report;
    }

    /** Per party, its commitments on track at the end of the report's period. */
    private List<PartyStanding> standings(long id, ConsolidatedReport report, AccessScope scope) {
        ReportingPeriod shown = reports.periods(id, scope).stream().filter(p -> p.code().equals(report.period()))
                .findFirst().orElseThrow();
        return progress.standings(id, ReportWithCommitments.of(shown));
    }

    /** A report, period or programme outside the scope: the page of 404, as for one that does not exist. */
    @org.springframework.web.bind.annotation.ExceptionHandler({ReportNotFoundException.class, UnknownDepartmentException.class})
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("status", HttpStatus.NOT_FOUND.value());
        return "error";
    }

    /** The file's title; a department's part names the department, so that its file is not taken for the whole. */
    private String title(long id, ConsolidatedReport report, String department, AccessScope scope, Locale locale) {
        String title = messages.getMessage("consolidated.title", new Object[] {periodName(id, report.period(), scope,
            locale), report.approved(), report.expected()}, locale);
        if (department == null || department.isBlank()) {
            return title;
        }
        int year = reports.periods(id, scope).stream().filter(p -> p.code().equals(report.period())).findFirst()
                .orElseThrow().year();
        Department chosen = responsibilities.cut(department, year).department();
        return title + " — " + ("en".equals(locale.getLanguage()) ? chosen.nameEn() : chosen.name());
    }

    /** «Tháng 3/2019», «Quý I/2019»: a period as the office names it, never its code. */
    private String periodName(long id, String code, AccessScope scope, Locale locale) {
        ReportingPeriod period = reports.periods(id, scope).stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new ReportNotFoundException(id));
        return messages.getMessage("period.name." + period.kind(), new Object[] {period.number(), period.year()}, locale);
    }

    private List<ReportingPeriod> periods(long id, AccessScope scope) {
        try {
            List<ReportingPeriod> periods = reports.periods(id, scope);
            if (periods.isEmpty()) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            return periods;
        } catch (ReportNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}

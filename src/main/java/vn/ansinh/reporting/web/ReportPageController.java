package vn.ansinh.reporting.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.reporting.CompletenessReport;
import vn.ansinh.reporting.Consolidation;
import vn.ansinh.reporting.ConsolidatedReport;
import vn.ansinh.reporting.Report;
import vn.ansinh.reporting.ReportNotFoundException;
import vn.ansinh.reporting.ReportRefusal;
import vn.ansinh.reporting.ReporterKind;
import vn.ansinh.reporting.Reports;
import vn.ansinh.reporting.ReportingPeriod;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.VietnameseNumbers;
import vn.ansinh.targets.Indicator;
import vn.ansinh.targets.Indicators;

/**
 * «Báo cáo định kỳ»: a period's completeness, a reporter's report filed and moved through its workflow,
 * and the period's consolidated report as a page, XLSX and PDF.
 */
@Controller
class ReportPageController {

    private final Reports reports;
    private final CompletenessReport completeness;
    private final Consolidation consolidation;
    private final Indicators indicators;
    private final MessageSource messages;

    ReportPageController(Reports reports, CompletenessReport completeness, Consolidation consolidation,
            Indicators indicators, MessageSource messages) {
        this.reports = reports;
        this.completeness = completeness;
        this.consolidation = consolidation;
        this.indicators = indicators;
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
        Report report = reports.open(period, kind, reporter, user.getName(), scope);
        return "redirect:/programmes/" + id + "/reports/" + report.id();
    }

    @GetMapping("/programmes/{id}/reports/{report}")
    String report(@PathVariable long id, @PathVariable long report, Model model, AccessScope scope) {
        Report r = reports.byId(report, scope);
        Map<Long, Indicator> byId = indicators.byIds(r.figures().stream().map(f -> f.indicatorId()).toList());
        model.addAttribute("programmeId", id);
        model.addAttribute("report", r);
        model.addAttribute("indicators", byId);
        model.addAttribute("targets", reports.targetsOf(r, scope));
        model.addAttribute("amounts", r.figures().stream().collect(Collectors.toMap(f -> f.indicatorId(),
                f -> f.amount() == null ? "" : VietnameseNumbers.formatAmount(f.amount()))));
        model.addAttribute("period", reports.periods(id, scope).stream().filter(p -> p.id() == r.periodId()).findFirst()
                .orElseThrow());
        model.addAttribute("office", scope.unrestricted());
        return "reporting/report";
    }

    @PostMapping("/programmes/{id}/reports/{report}")
    String step(@PathVariable long id, @PathVariable long report, @RequestParam String action, @RequestParam int version,
            @RequestParam Map<String, String> form, Principal user, AccessScope scope, RedirectAttributes redirect,
            Locale locale) {
        try {
            switch (action) {
                case "save" -> reports.save(report, version, amounts(form), form.get("difficulties"), form.get("proposals"),
                        user.getName(), scope);
                case "submit" -> reports.saveAndSubmit(report, version, amounts(form), form.get("difficulties"),
                        form.get("proposals"), user.getName(), scope);
                case "approve" -> reports.approve(report, version, user.getName(), scope);
                case "return" -> reports.returnWith(report, version, form.get("comment"), user.getName(), scope);
                case "reopen" -> reports.reopen(report, version, form.get("reason"), user.getName(), scope);
                default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
            }
            redirect.addFlashAttribute("saved", action);
        } catch (ReportRefusal e) {
            redirect.addFlashAttribute("refusal", ReportMessages.of(e, messages, locale));
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("refusal", messages.getMessage("report.refused.number", null, locale));
        }
        return "redirect:/programmes/" + id + "/reports/" + report;
    }

    /** Without a period (a link that lost it) the programme's first period, as the reports page opens. */
    @GetMapping("/programmes/{id}/reports/consolidated")
    String consolidated(@PathVariable long id, @RequestParam(required = false) String period, Model model,
            AccessScope scope) {
        if (period == null || period.isBlank()) {
            return "redirect:/programmes/" + id + "/reports/consolidated?period=" + periods(id, scope).get(0).code();
        }
        model.addAttribute("programmeId", id);
        model.addAttribute("consolidated", consolidation.of(id, period, scope));
        return "reporting/consolidated";
    }

    @GetMapping("/programmes/{id}/reports/consolidated.xlsx")
    void consolidatedXlsx(@PathVariable long id, @RequestParam String period, AccessScope scope, Locale locale,
            HttpServletResponse response) throws IOException {
        ConsolidatedReport report = download(id, period, scope, response,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
        ConsolidatedFiles.xlsx(report, title(report, locale), response.getOutputStream());
    }

    @GetMapping("/programmes/{id}/reports/consolidated.pdf")
    void consolidatedPdf(@PathVariable long id, @RequestParam String period, AccessScope scope, Locale locale,
            HttpServletResponse response) throws IOException {
        ConsolidatedReport report = download(id, period, scope, response, "application/pdf", "pdf");
        ConsolidatedFiles.pdf(report, title(report, locale), response.getOutputStream());
    }

    private ConsolidatedReport download(long id, String period, AccessScope scope, HttpServletResponse response,
            String contentType, String extension) {
        ConsolidatedReport report = consolidation.of(id, period, scope);
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"tong-hop-" + report.period() + "." + extension + "\"");
        return report;
    }

    /** A report, period or programme outside the scope: the page of 404, as for one that does not exist. */
    @org.springframework.web.bind.annotation.ExceptionHandler(ReportNotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("status", HttpStatus.NOT_FOUND.value());
        return "error";
    }

    private String title(ConsolidatedReport report, Locale locale) {
        return messages.getMessage("consolidated.title", new Object[] {report.period(), report.approved(),
            report.expected()}, locale);
    }

    private static Map<Long, BigDecimal> amounts(Map<String, String> form) {
        Map<Long, BigDecimal> amounts = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("f")) {
                amounts.put(Long.parseLong(name.substring(1)), value == null || value.isBlank() ? null
                        : VietnameseNumbers.parse(value).orElseThrow(() -> new NumberFormatException(value)));
            }
        });
        return amounts;
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

package vn.ansinh.reporting.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.attainment.ComputedTargets;
import vn.ansinh.attainment.RegisterSummaries;
import vn.ansinh.commitments.CommitmentStatus;
import vn.ansinh.commitments.Commitments;
import vn.ansinh.commitments.InvalidCommitmentException;
import vn.ansinh.commitments.ProgressBook;
import vn.ansinh.reporting.Report;
import vn.ansinh.reporting.ReportRefusal;
import vn.ansinh.reporting.ReporterKind;
import vn.ansinh.reporting.Reports;
import vn.ansinh.reporting.ReportingPeriod;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.targets.Indicators;

/**
 * A reporter's report: its figures and texts filled in and moved through its workflow. A refused step
 * brings the form back as typed — each wrong figure named beside it (422); a save over someone else's
 * newer one shows both versions, the user's as typed and the saved one with who and when (409), so the
 * user chooses: save theirs over it, or take the saved one.
 */
@Controller
class ReportFormController {

    /** Refusals that concern one field of the form: said beside it. */
    private static final Map<String, String> FIELD_OF = Map.of("report.refused.returnComment", "comment",
            "report.refused.reopenReason", "reason");

    private final Reports reports;
    private final Indicators indicators;
    private final ReportTitles titles;
    private final MessageSource messages;
    private final RegisterSummaries registers;
    private final ComputedTargets computed;

    private final ReportWithCommitments withCommitments;
    private final Commitments commitments;
    private final ProgressBook progress;

    ReportFormController(Reports reports, Indicators indicators, ReportTitles titles, MessageSource messages,
            RegisterSummaries registers, ComputedTargets computed, ReportWithCommitments withCommitments,
            Commitments commitments, ProgressBook progress) {
        this.withCommitments = withCommitments;
        this.commitments = commitments;
        this.progress = progress;
        this.registers = registers;
        this.computed = computed;
        this.reports = reports;
        this.indicators = indicators;
        this.titles = titles;
        this.messages = messages;
    }

    @GetMapping("/programmes/{id}/reports/{report}")
    String report(@PathVariable long id, @PathVariable long report, Model model, AccessScope scope, Locale locale) {
        Report saved = reports.byId(report, scope);
        ReportForm form = ReportForm.of(saved);
        ReportingPeriod period = period(id, saved, scope);
        form.fill(progress.ofPeriod(period.programmeId(), period.code()),
                commitments.ofParty(period.programmeId(), ReportWithCommitments.partyOf(saved)));
        return page(id, saved, form, new FieldProblems(), model, scope, locale);
    }

    @PostMapping("/programmes/{id}/reports/{report}")
    String step(@PathVariable long id, @PathVariable long report, @ModelAttribute("form") ReportForm form, Principal user,
            AccessScope scope, Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        Report current = reports.byId(report, scope);
        FieldProblems problems = form.problems();
        try {
            if (problems.isEmpty()) {
                apply(id, current, form, user.getName(), scope);
                redirect.addFlashAttribute("saved", messages.getMessage("reportPage.done." + form.getAction(),
                        new Object[] {title(id, current, scope, locale)}, locale));
                return "redirect:/programmes/" + id + "/reports/" + report;
            }
        } catch (ReportRefusal e) {
            return refused(id, report, e, form, problems, model, response, scope, locale);
        } catch (InvalidCommitmentException e) {
            problems.addAll(e.problems());
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(id, current, form, problems, model, scope, locale);
    }

    private void apply(long id, Report current, ReportForm form, String user, AccessScope scope) {
        String action = form.getAction() == null ? "" : form.getAction();
        long report = current.id();
        switch (action) {
            case "save", "submit" -> withCommitments.save(report, period(id, current, scope), form.getVersion(),
                    form.parsedAmounts(), form.getDifficulties(), form.getProposals(), form.progress(),
                    "submit".equals(action), user, scope);
            case "approve" -> reports.approve(report, form.getVersion(), user, scope);
            case "return" -> reports.returnWith(report, form.getVersion(), form.getComment(), user, scope);
            case "reopen" -> reports.reopen(report, form.getVersion(), form.getReason(), user, scope);
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }

    /**
     * The form again as typed. A conflict shows the newer saved report beside it and takes its version, so
     * that saving again is the user's choice to put theirs over it.
     */
    private String refused(long id, long report, ReportRefusal e, ReportForm form, FieldProblems problems, Model model,
            HttpServletResponse response, AccessScope scope, Locale locale) {
        Report now = reports.byId(report, scope);
        String title = title(id, now, scope, locale);
        if ("report.conflict".equals(e.code())) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("newer", now);
            model.addAttribute("newerAt", Reports.when(now.changedAt()));
            form.setVersion(now.version());
        } else if (FIELD_OF.containsKey(e.code())) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            problems.add(FIELD_OF.get(e.code()), e.code());
        } else {
            response.setStatus(e.kind().status().value());
            model.addAttribute("refusal", messages.getMessage("reportPage.refused",
                    new Object[] {title, ReportMessages.of(e, messages, locale)}, locale));
        }
        return page(id, now, form, problems, model, scope, locale);
    }

    private String page(long id, Report report, ReportForm form, FieldProblems problems, Model model, AccessScope scope,
            Locale locale) {
        model.addAttribute("programmeId", id);
        model.addAttribute("report", report);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("reportTitle", title(id, report, scope, locale));
        model.addAttribute("indicators", indicators.byIds(report.figures().stream().map(f -> f.indicatorId()).toList()));
        model.addAttribute("targets", reports.targetsOf(report, scope));
        ReportingPeriod period = period(id, report, scope);
        model.addAttribute("period", period);
        model.addAttribute("office", scope.unrestricted());
        model.addAttribute("commitments", commitments.ofParty(period.programmeId(), ReportWithCommitments.partyOf(report)));
        model.addAttribute("commitmentStatuses", CommitmentStatus.values());
        if (report.reporterKind() == ReporterKind.UNIT) {
            // What the commune's registers hold from the year's start to the period's end, as its figures are counted.
            model.addAttribute("registers", registers.of(List.of(report.reporterId()),
                    LocalDate.of(period.year(), 1, 1), period.endsOn(), scope));
            model.addAttribute("computedTargets", computed.ofCommune(report.reporterId(), period.year()));
        }
        return "reporting/report";
    }

    private String title(long id, Report report, AccessScope scope, Locale locale) {
        return titles.of(report, period(id, report, scope), locale);
    }

    private ReportingPeriod period(long id, Report report, AccessScope scope) {
        return reports.periods(id, scope).stream().filter(p -> p.id() == report.periodId()).findFirst().orElseThrow();
    }
}

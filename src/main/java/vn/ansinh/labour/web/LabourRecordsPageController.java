package vn.ansinh.labour.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.labour.JobPlace;
import vn.ansinh.labour.LabourCorrections;
import vn.ansinh.labour.LabourNotFoundException;
import vn.ansinh.labour.LabourProgress;
import vn.ansinh.labour.LabourRecord;
import vn.ansinh.labour.RecordKind;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.Paging;
import vn.ansinh.shared.PersonalDataAction;
import vn.ansinh.shared.PersonalDataViews;

/**
 * «Hồ sơ lao động» of a programme: its communes' records, filtered by kind, commune and month, a page at
 * a time; «Sửa» with the form and checks of recording one, «Xóa» (kept, marked, audited) and, for
 * administrators, «Khôi phục». A user sees only the communes they read and changes only those they write.
 */
@Controller
class LabourRecordsPageController {

    private static final int PAGE_SIZE = 25;

    private final LabourProgress progress;
    private final LabourCorrections corrections;
    private final RecordFormSaving saving;
    private final PersonalDataViews views;

    LabourRecordsPageController(LabourProgress progress, LabourCorrections corrections, RecordFormSaving saving,
            PersonalDataViews views) {
        this.views = views;
        this.progress = progress;
        this.corrections = corrections;
        this.saving = saving;
    }

    @GetMapping("/programmes/{id}/labour/records")
    String list(@PathVariable long id, @RequestParam(required = false) RecordKind kind,
            @RequestParam(required = false) Long unit, @RequestParam(required = false) Integer month,
            @RequestParam(defaultValue = "1") int page, Model model, AccessScope scope) {
        ProgrammeCommunes communes = communes(id, scope);
        Integer shownMonth = month != null && month >= 1 && month <= 12 ? month : null;
        List<Long> units = unit != null && communes.has(unit) ? List.of(unit) : communes.unitIds();
        LabourCorrections.Query query = query(communes.year(), units, kind, shownMonth);
        Paging paging = new Paging(page, PAGE_SIZE, corrections.count(query, scope));
        model.addAttribute("entries", corrections.page(query, paging, scope));
        model.addAttribute("paging", paging);
        model.addAttribute("communes", communes);
        model.addAttribute("kinds", RecordKind.values());
        model.addAttribute("kind", kind);
        model.addAttribute("unit", unit);
        model.addAttribute("month", shownMonth);
        model.addAttribute("programmeId", id);
        model.addAttribute("admin", scope.unrestricted());
        return "labour/records";
    }

    /** A record with a citizen ID shows it in full on its form: the purpose first, then the opening is logged. */
    @GetMapping("/programmes/{id}/labour/records/{record}/edit")
    String edit(@PathVariable long id, @PathVariable long record, Model model, AccessScope scope,
            HttpServletRequest request) {
        ProgrammeCommunes communes = communes(id, scope);
        LabourRecord existing = editable(record, communes, scope);
        if (existing.citizenId() != null && views.purposeMissing(scope, request)) {
            return "redirect:" + views.purposeForm(request);
        }
        if (existing.citizenId() != null) {
            views.shown(scope, request, PersonalDataAction.LABOUR_RECORD_EDIT, null, null, existing.unitId(),
                    List.of(existing.citizenId()));
        }
        return form(communes, existing, LabourRecordForm.of(existing), new FieldProblems(), model);
    }

    @PostMapping("/programmes/{id}/labour/records/{record}/edit")
    String update(@PathVariable long id, @PathVariable long record, @ModelAttribute("form") LabourRecordForm form,
            Model model, AccessScope scope, RedirectAttributes redirect, HttpServletResponse response) {
        ProgrammeCommunes communes = communes(id, scope);
        LabourRecord existing = editable(record, communes, scope);
        LabourRecordForm sent = new LabourRecordForm(existing.unitId(), form.fullName(), form.sex(), form.birthDate(),
                form.date(), form.place(), form.citizenId(), form.sector(), form.employer(), form.completedOn(),
                form.occupation(), form.level(), form.country(), form.contractMonths(), form.note());
        FieldProblems problems = saving.save(sent, existing.kind(), existing.courseId(),
                draft -> corrections.update(record, draft, communes.year(), scope));
        if (problems.isEmpty()) {
            redirect.addFlashAttribute("changed", sent.fullName().strip());
            return "redirect:/programmes/" + id + "/labour/records";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(communes, existing, sent, problems, model);
    }

    @PostMapping("/programmes/{id}/labour/records/{record}/delete")
    String delete(@PathVariable long id, @PathVariable long record, AccessScope scope, RedirectAttributes redirect) {
        LabourRecord existing = editable(record, communes(id, scope), scope);
        corrections.delete(record, scope);
        redirect.addFlashAttribute("removed", existing.fullName());
        return "redirect:/programmes/" + id + "/labour/records";
    }

    @PostMapping("/programmes/{id}/labour/records/{record}/restore")
    String restore(@PathVariable long id, @PathVariable long record, AccessScope scope, RedirectAttributes redirect) {
        communes(id, scope);
        try {
            corrections.restore(record, scope);
        } catch (LabourNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("restored", record);
        return "redirect:/programmes/" + id + "/labour/records";
    }

    private String form(ProgrammeCommunes communes, LabourRecord existing, LabourRecordForm form, FieldProblems problems,
            Model model) {
        model.addAttribute("programmeId", communes.programmeId());
        model.addAttribute("record", existing);
        model.addAttribute("commune", communes.labelOf(existing.unitId()));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("places", JobPlace.values());
        return "labour/record-edit";
    }

    private ProgrammeCommunes communes(long id, AccessScope scope) {
        return progress.table(id, "bieu-1", scope).map(t -> ProgrammeCommunes.of(id, t, scope::canWrite))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A record of one of the programme's communes that the user writes, not deleted; not found otherwise. */
    private LabourRecord editable(long record, ProgrammeCommunes communes, AccessScope scope) {
        try {
            LabourRecord existing = corrections.editable(record, scope);
            if (!communes.writes(existing.unitId())) {
                throw new LabourNotFoundException(record);
            }
            return existing;
        } catch (LabourNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static LabourCorrections.Query query(int year, List<Long> units, RecordKind kind, Integer month) {
        LocalDate from = month == null ? LocalDate.of(year, 1, 1) : YearMonth.of(year, month).atDay(1);
        LocalDate to = month == null ? LocalDate.of(year, 12, 31) : YearMonth.of(year, month).atEndOfMonth();
        return new LabourCorrections.Query(units, from, to, kind);
    }
}

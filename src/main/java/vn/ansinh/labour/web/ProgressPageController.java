package vn.ansinh.labour.web;

import java.time.LocalDate;

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

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.labour.ActualsTable;
import vn.ansinh.labour.JobPlace;
import vn.ansinh.labour.LabourProgress;
import vn.ansinh.labour.LabourRecords;
import vn.ansinh.labour.RecordKind;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;

/**
 * «Tiến độ thực hiện»: Biểu 1's targets beside what each commune achieved, the percentage and the
 * projection to year end; and a job placement recorded, after which its commune's figures rise. A
 * refused placement comes back with what was typed and the reason beside its field.
 */
@Controller
class ProgressPageController {

    private final LabourProgress progress;
    private final LabourRecords records;
    private final RecordFormSaving saving;

    ProgressPageController(LabourProgress progress, LabourRecords records, RecordFormSaving saving) {
        this.progress = progress;
        this.records = records;
        this.saving = saving;
    }

    @GetMapping("/programmes/{id}/progress")
    String page(@PathVariable long id, @RequestParam(defaultValue = "bieu-1") String table, Model model, AccessScope scope) {
        ActualsTable actuals = actuals(id, table, scope);
        LocalDate asOf = actuals.asOf();
        LocalDate today = asOf.getYear() == actuals.table().year() ? asOf : LocalDate.of(actuals.table().year(), 1, 1);
        Long only = writable(actuals, scope).size() == 1 ? writable(actuals, scope).get(0).unitId() : null;
        return page(id, actuals, LabourRecordForm.job(only, today), new FieldProblems(), model, scope);
    }

    @PostMapping("/programmes/{id}/progress/jobs")
    String job(@PathVariable long id, @ModelAttribute("form") LabourRecordForm form, AccessScope scope, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        ActualsTable actuals = actuals(id, "bieu-1", scope);
        if (form.unit() == null || actuals.rows().stream().noneMatch(r -> r.unitId().equals(form.unit()))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        FieldProblems problems = saving.save(form, RecordKind.JOB_PLACEMENT, null,
                draft -> records.record(draft, actuals.table().year(), scope));
        if (problems.isEmpty()) {
            redirect.addFlashAttribute("saved", form.fullName().strip());
            return "redirect:/programmes/" + id + "/progress";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(id, actuals, form, problems, model, scope);
    }

    private String page(long id, ActualsTable actuals, LabourRecordForm form, FieldProblems problems, Model model,
            AccessScope scope) {
        model.addAttribute("programmeId", id);
        model.addAttribute("actuals", actuals);
        model.addAttribute("writableRows", writable(actuals, scope));
        model.addAttribute("places", JobPlace.values());
        model.addAttribute("jobKind", RecordKind.JOB_PLACEMENT);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "labour/progress";
    }

    private ActualsTable actuals(long id, String table, AccessScope scope) {
        return progress.table(id, table, scope).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static java.util.List<ActualsTable.Row> writable(ActualsTable actuals, AccessScope scope) {
        return actuals.rows().stream().filter(r -> scope.canWrite(r.unitId())).toList();
    }
}

package vn.ansinh.labour.web;

import java.time.LocalDate;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ansinh.households.Sex;
import vn.ansinh.labour.ActualsTable;
import vn.ansinh.labour.JobPlace;
import vn.ansinh.labour.LabourNotFoundException;
import vn.ansinh.labour.LabourProgress;
import vn.ansinh.labour.LabourRecord;
import vn.ansinh.labour.LabourRecords;
import vn.ansinh.labour.LabourRefusal;
import vn.ansinh.labour.RecordKind;
import vn.ansinh.shared.AccessScope;

/**
 * «Tiến độ thực hiện»: Biểu 1's targets beside what each commune achieved, the percentage and the
 * projection to year end; and a job placement recorded, after which its commune's figures rise.
 */
@Controller
class ProgressPageController {

    private final LabourProgress progress;
    private final LabourRecords records;
    private final MessageSource messages;

    ProgressPageController(LabourProgress progress, LabourRecords records, MessageSource messages) {
        this.progress = progress;
        this.records = records;
        this.messages = messages;
    }

    @GetMapping("/programmes/{id}/progress")
    String page(@PathVariable long id, @RequestParam(defaultValue = "bieu-1") String table, Model model, AccessScope scope) {
        ActualsTable actuals = progress.table(id, table, scope)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("programmeId", id);
        model.addAttribute("actuals", actuals);
        model.addAttribute("writableRows", actuals.rows().stream().filter(r -> scope.canWrite(r.unitId())).toList());
        model.addAttribute("places", JobPlace.values());
        LocalDate asOf = actuals.asOf();
        model.addAttribute("today", asOf.getYear() == actuals.table().year() ? asOf
                : LocalDate.of(actuals.table().year(), 1, 1));
        return "labour/progress";
    }

    @PostMapping("/programmes/{id}/progress/jobs")
    String job(@PathVariable long id, @RequestParam long unit, @RequestParam String fullName, @RequestParam Sex sex,
            @RequestParam(required = false) LocalDate birthDate, @RequestParam LocalDate date, @RequestParam JobPlace place,
            @RequestParam(required = false) String sector, @RequestParam(required = false) String employer,
            AccessScope scope, RedirectAttributes redirect, Locale locale) {
        if (progress.table(id, "bieu-1", scope).filter(t -> t.rows().stream().anyMatch(r -> r.unitId() == unit)).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            records.record(new LabourRecord(null, RecordKind.JOB_PLACEMENT, unit, date, fullName.strip(), sex, birthDate,
                    null, place, blankless(sector), blankless(employer), null, null, null, null, null, null, null), scope);
            redirect.addFlashAttribute("saved", fullName.strip());
        } catch (LabourRefusal e) {
            redirect.addFlashAttribute("refusal", messages.getMessage(e.code(), e.arguments().toArray(), locale));
        } catch (LabourNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/programmes/" + id + "/progress";
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

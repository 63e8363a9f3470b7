package vn.ansinh.privacy.web;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.privacy.SubjectData;
import vn.ansinh.privacy.Subjects;
import vn.ansinh.shared.AccessPurpose;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.PersonalDataAction;
import vn.ansinh.shared.PersonalDataShown;
import vn.ansinh.shared.PersonalDataViews;

/**
 * «Dữ liệu của một người»: when a person asks what ansinh holds about them, an administrator finds it by citizen
 * ID, shows it and downloads it as XLSX to hand over. Both are logged with the purpose «Yêu cầu của chủ thể dữ liệu».
 */
@Controller
class SubjectController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Subjects subjects;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final PersonalDataViews views;

    SubjectController(Subjects subjects, MessageSource messages, ApplicationEventPublisher events, PersonalDataViews views) {
        this.views = views;
        this.subjects = subjects;
        this.messages = messages;
        this.events = events;
    }

    @GetMapping("/admin/personal-data/subject")
    String subject(@RequestParam(required = false) String citizenId, Model model, AccessScope scope, Principal user,
            Locale locale, HttpServletResponse response) {
        model.addAttribute("citizenId", citizenId);
        FieldProblems problems = new FieldProblems();
        Optional<String> wanted = Subjects.citizenId(citizenId);
        if (citizenId != null && !citizenId.isBlank() && wanted.isEmpty()) {
            problems.add("citizenId", "privacy.subject.citizenId.invalid");
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("problems", problems);
        wanted.ifPresent(id -> {
            SubjectData data = subjects.of(id, scope);
            logged(user, PersonalDataAction.SUBJECT_VIEW, id);
            model.addAttribute("found", id);
            model.addAttribute("empty", data.isEmpty());
            model.addAttribute("tables", SubjectTables.of(data, messages, locale).tables());
        });
        return "privacy/subject";
    }

    @GetMapping("/admin/personal-data/subject.xlsx")
    void download(@RequestParam(required = false) String citizenId, AccessScope scope, Principal user, Locale locale,
            HttpServletResponse response) throws IOException {
        String id = Subjects.citizenId(citizenId).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        SubjectTables tables = SubjectTables.of(subjects.of(id, scope), messages, locale);
        logged(user, PersonalDataAction.SUBJECT_EXPORT, id);
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("du-lieu-ca-nhan-" + id + ".xlsx").build().toString());
        SubjectXlsx.write(tables, views.marking(AccessPurpose.SUBJECT_REQUEST, user.getName()), response.getOutputStream());
    }

    private void logged(Principal user, PersonalDataAction action, String citizenId) {
        events.publishEvent(new PersonalDataShown(user.getName(), action, AccessPurpose.SUBJECT_REQUEST, null, null,
                null, List.of(citizenId)));
    }
}

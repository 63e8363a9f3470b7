package vn.ansinh.outreach.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import vn.ansinh.commitments.ProgrammeParties;
import vn.ansinh.commitments.ProgrammeParty;
import vn.ansinh.outreach.Outreach;
import vn.ansinh.outreach.OutreachBook;
import vn.ansinh.outreach.OutreachSession;
import vn.ansinh.outreach.SessionDraft;
import vn.ansinh.outreach.SessionTopic;
import vn.ansinh.outreach.Training;
import vn.ansinh.outreach.TrainingDraft;
import vn.ansinh.programme.PartyRole;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.FormSubmission;

/**
 * «Tập huấn, tuyên truyền»: a programme's trainings of officers and its propaganda and counselling sessions with their
 * totals per commune and per topic; the forms for whoever writes one of the programme's parties (the same rule the
 * service applies: the organiser's party, or for a session its commune).
 */
@Controller
class OutreachPageController {

    private static final String PARTICIPANTS = "participants-";

    private final Outreach outreach;
    private final Programmes programmes;
    private final ProgrammeParties parties;

    OutreachPageController(Outreach outreach, Programmes programmes, ProgrammeParties parties) {
        this.outreach = outreach;
        this.programmes = programmes;
        this.parties = parties;
    }

    @GetMapping("/programmes/{id}/outreach")
    String page(@PathVariable long id, AccessScope scope, Model model) {
        return page(id, TrainingDraft.empty(), SessionDraft.empty(), scope, model);
    }

    /** The participants come as «participants-UNIT:5» fields, one per party of the programme. */
    @PostMapping("/programmes/{id}/outreach/trainings")
    String addTraining(@PathVariable long id, @RequestParam Map<String, String> fields, AccessScope scope, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Programme programme = readable(id, scope);
        Map<String, String> participants = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (name.startsWith(PARTICIPANTS)) {
                participants.put(name.substring(PARTICIPANTS.length()), value);
            }
        });
        TrainingDraft draft = new TrainingDraft(fields.get("heldOn"), fields.get("topic"), fields.get("organiser"),
                fields.get("place"), participants);
        return FormSubmission.save(response, () -> {
            Training added = outreach.add(programme.id(), draft, scope);
            redirect.addFlashAttribute("saved", added.topic());
            return "redirect:/programmes/" + id + "/outreach#training-" + added.id();
        }, problems -> {
            model.addAttribute("trainingProblems", problems);
            return page(id, draft, SessionDraft.empty(), scope, model);
        });
    }

    @PostMapping("/programmes/{id}/outreach/sessions")
    String addSession(@PathVariable long id, @ModelAttribute("sessionForm") SessionDraft draft, AccessScope scope,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Programme programme = readable(id, scope);
        return FormSubmission.save(response, () -> {
            OutreachSession added = outreach.add(programme.id(), draft, scope);
            redirect.addFlashAttribute("saved", added.place());
            return "redirect:/programmes/" + id + "/outreach#session-" + added.id();
        }, problems -> {
            model.addAttribute("sessionProblems", problems);
            return page(id, TrainingDraft.empty(), draft, scope, model);
        });
    }

    private String page(long id, TrainingDraft training, SessionDraft session, AccessScope scope, Model model) {
        Programme programme = readable(id, scope);
        List<ProgrammeParty> all = parties.of(id);
        model.addAttribute("programmeId", id);
        model.addAttribute("year", programme.programmeYear());
        model.addAttribute("parties", all);
        model.addAttribute("names", names(all));
        OutreachBook book = outreach.book(id, scope).orElseThrow();
        model.addAttribute("trainings", book.trainings());
        model.addAttribute("sessions", book.sessions());
        model.addAttribute("totals", book.totals());
        model.addAttribute("topics", SessionTopic.values());
        model.addAttribute("writes", outreach.writes(id, scope));
        model.addAttribute("organisers", names(parties.writable(id, scope)));
        model.addAttribute("sessionOrganisers", names(all));
        model.addAttribute("sessionCommunes", sessionCommunes(all, scope));
        model.addAttribute("training", training);
        model.addAttribute("sessionForm", session);
        model.mergeAttributes(Map.of("trainingProblems", new FieldProblems(), "sessionProblems", new FieldProblems()));
        return "outreach/outreach";
    }

    /** The communes a session may be entered for: those the user writes, or every one for whoever writes an organiser. */
    private static Map<Long, String> sessionCommunes(List<ProgrammeParty> all, AccessScope scope) {
        boolean organiser = all.stream().anyMatch(p -> p.role() != PartyRole.MEMBER_COMMITTEES && p.party().writableIn(scope));
        Map<Long, String> communes = new LinkedHashMap<>();
        all.stream().filter(p -> p.role() == PartyRole.MEMBER_COMMITTEES && (organiser || scope.canWrite(p.party().id())))
                .forEach(p -> communes.put(p.party().id(), p.name()));
        return communes;
    }

    private static Map<String, String> names(List<ProgrammeParty> parties) {
        Map<String, String> names = new LinkedHashMap<>();
        parties.forEach(p -> names.put(p.party().key(), p.name()));
        return names;
    }

    private Programme readable(long id, AccessScope scope) {
        return programmes.byId(id, scope).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}

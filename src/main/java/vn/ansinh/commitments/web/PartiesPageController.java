package vn.ansinh.commitments.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
import vn.ansinh.commitments.Commitment;
import vn.ansinh.commitments.Commitments;
import vn.ansinh.commitments.CommitmentStatus;
import vn.ansinh.commitments.ProgrammeParties;
import vn.ansinh.commitments.ProgrammeParty;
import vn.ansinh.commitments.ProgressBook;
import vn.ansinh.commitments.ProgressPeriod;
import vn.ansinh.commitments.PeriodNames;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.FormSubmission;
import vn.ansinh.shared.Party;
import vn.ansinh.shared.PartyKind;
import vn.ansinh.targets.Indicators;

/**
 * «Các bên phối hợp»: every party of a programme with how many of its commitments are on track, and each party's
 * home page — its commitments by domain with their latest status and evidence; a party that files no periodic report
 * records its progress for a period there, if the user writes for it.
 */
@Controller
class PartiesPageController {

    private final Programmes programmes;
    private final ProgrammeParties parties;
    private final Commitments commitments;
    private final ProgressBook progress;
    private final PeriodNames periodNames;
    private final Clock clock;
    private final Indicators indicators;

    PartiesPageController(Programmes programmes, ProgrammeParties parties, Commitments commitments,
            ProgressBook progress, PeriodNames periodNames, Clock clock, Indicators indicators) {
        this.indicators = indicators;
        this.programmes = programmes;
        this.parties = parties;
        this.commitments = commitments;
        this.progress = progress;
        this.periodNames = periodNames;
        this.clock = clock;
    }

    @GetMapping("/programmes/{id}/parties")
    String parties(@PathVariable long id, Model model, AccessScope scope) {
        model.addAttribute("programme", programme(id, scope));
        model.addAttribute("programmeId", id);
        model.addAttribute("standings", progress.standingsToday(id));
        model.addAttribute("today", LocalDate.now(clock));
        // an officer's own party first: their commitments and action items are one click away
        model.addAttribute("mine", scope.unrestricted() ? java.util.List.of() : parties.writable(id, scope));
        return "commitments/parties";
    }

    @GetMapping("/programmes/{id}/parties/{kind}/{partyId}")
    String party(@PathVariable long id, @PathVariable String kind, @PathVariable long partyId,
            @RequestParam(required = false) String period, Model model, AccessScope scope, Locale locale) {
        ProgrammeParty party = party(id, kind, partyId, scope);
        PartyProgressForm form = new PartyProgressForm();
        form.setPeriod(period);
        return page(id, party, form, new FieldProblems(), model, scope, locale);
    }

    @PostMapping("/programmes/{id}/parties/{kind}/{partyId}/progress")
    String record(@PathVariable long id, @PathVariable String kind, @PathVariable long partyId,
            @ModelAttribute("form") PartyProgressForm form, Principal user, Model model, AccessScope scope,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        ProgrammeParty party = party(id, kind, partyId, scope);
        if (!recordsHere(id, party, scope)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        ProgressPeriod period = period(id, form.getPeriod());
        String link = "redirect:/programmes/" + id + "/parties/" + kind + "/" + partyId + "?period=" + period.code();
        return FormSubmission.save(response, () -> {
            progress.record(id, party.party(), period, form.progress(), user.getName());
            redirect.addFlashAttribute("saved", periodNames.of(period.code(), locale));
            return link;
        }, problems -> page(id, party, form, problems, model, scope, locale));
    }

    private String page(long id, ProgrammeParty party, PartyProgressForm form, FieldProblems problems, Model model,
            AccessScope scope, Locale locale) {
        Programme programme = programme(id, scope);
        List<Commitment> own = commitments.ofParty(id, party.party());
        model.addAttribute("programme", programme);
        model.addAttribute("programmeId", id);
        model.addAttribute("party", party);
        model.addAttribute("page", PartyPage.of(own, progress.latest(id), LocalDate.now(clock)));
        model.addAttribute("filesReports", progress.filesReports(id, party.party()));
        boolean recordsHere = recordsHere(id, party, scope);
        model.addAttribute("recordsHere", recordsHere);
        if (recordsHere) {
            progressForm(id, own, form, model, locale);
        }
        model.addAttribute("problems", problems);
        model.addAttribute("own", own);
        model.addAttribute("indicatorNames", indicators.byIds(own.stream().map(Commitment::indicatorId)
                .filter(java.util.Objects::nonNull).toList()));
        model.addAttribute("commitmentStatuses", CommitmentStatus.values());
        return "commitments/party";
    }

    /** The form for the chosen period (the latest begun by default), filled with what was recorded unless typed. */
    private void progressForm(long id, List<Commitment> own, PartyProgressForm form, Model model, Locale locale) {
        ProgressPeriod period = period(id, form.getPeriod());
        if (form.getStatuses().isEmpty() && form.getEvidence().isEmpty()) {
            form.fill(progress.ofPeriod(id, period.code()), own);
        }
        form.setPeriod(period.code());
        model.addAttribute("form", form);
        model.addAttribute("periods", progress.periods(id).stream()
                .map(p -> Map.entry(p.code(), periodNames.of(p.code(), locale))).toList());
        model.addAttribute("periodName", periodNames.of(period.code(), locale));
    }

    /** A party that files no periodic report records here, by whoever writes for it. */
    private boolean recordsHere(long id, ProgrammeParty party, AccessScope scope) {
        return party.party().writableIn(scope) && !progress.filesReports(id, party.party())
                && !progress.periods(id).isEmpty();
    }

    private ProgressPeriod period(long id, String code) {
        List<ProgressPeriod> periods = progress.periods(id);
        Optional<ProgressPeriod> chosen = periods.stream().filter(p -> p.code().equals(code)).findFirst();
        return chosen.or(() -> progress.latestPeriod(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Programme programme(long id, AccessScope scope) {
        return programmes.byId(id, scope).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ProgrammeParty party(long id, String kind, long partyId, AccessScope scope) {
        programme(id, scope);
        PartyKind partyKind = java.util.Arrays.stream(PartyKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return parties.find(id, new Party(partyKind, partyId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}

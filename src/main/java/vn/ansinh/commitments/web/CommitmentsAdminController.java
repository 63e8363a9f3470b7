package vn.ansinh.commitments.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

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
import vn.ansinh.commitments.Cadence;
import vn.ansinh.commitments.Commitment;
import vn.ansinh.commitments.CommitmentDraft;
import vn.ansinh.commitments.Commitments;
import vn.ansinh.commitments.ProgrammeParties;
import vn.ansinh.commitments.ProgrammeParty;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Dates;
import vn.ansinh.shared.Domain;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.FormSubmission;
import vn.ansinh.targets.IndicatorNames;
import vn.ansinh.targets.Indicators;

/**
 * «Sửa các cam kết» of the coordinating office (under /admin, administrators only): a party's commitments with a
 * form to add one, each changed (wording, cadence, due date, indicator) or ended on a page of its own.
 */
@Controller
class CommitmentsAdminController {

    private final Programmes programmes;
    private final ProgrammeParties parties;
    private final Commitments commitments;
    private final Indicators indicators;
    private final IndicatorNames indicatorNames;

    CommitmentsAdminController(Programmes programmes, ProgrammeParties parties, Commitments commitments,
            Indicators indicators, IndicatorNames indicatorNames) {
        this.indicatorNames = indicatorNames;
        this.programmes = programmes;
        this.parties = parties;
        this.commitments = commitments;
        this.indicators = indicators;
    }

    @GetMapping("/admin/programmes/{id}/commitments")
    String list(@PathVariable long id, @RequestParam(required = false) String party, Model model) {
        CommitmentDraft draft = CommitmentDraft.empty();
        return list(id, new CommitmentDraft(party == null ? "" : party, draft.domain(), draft.text(), draft.cadence(),
                draft.due(), draft.indicator()), new FieldProblems(), model);
    }

    @PostMapping("/admin/programmes/{id}/commitments")
    String add(@PathVariable long id, @ModelAttribute("form") CommitmentDraft form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        programme(id);
        return FormSubmission.save(response, () -> {
            Commitment added = commitments.add(id, form);
            redirect.addFlashAttribute("saved", added.text());
            return "redirect:/admin/programmes/" + id + "/commitments?party=" + added.party().key() + "#commitment-"
                    + added.id();
        }, problems -> list(id, form, problems, model));
    }

    @GetMapping("/admin/programmes/{id}/commitments/{commitment}/edit")
    String edit(@PathVariable long id, @PathVariable long commitment, Model model) {
        Commitment c = existing(id, commitment);
        CommitmentDraft form = new CommitmentDraft(c.party().key(), c.domain().name(), c.text(), c.cadence().name(),
                Dates.shown(c.due()), c.indicatorId() == null ? "" : c.indicatorId().toString());
        return edit(id, c, form, new FieldProblems(), model);
    }

    @PostMapping("/admin/programmes/{id}/commitments/{commitment}/edit")
    String change(@PathVariable long id, @PathVariable long commitment, @ModelAttribute("form") CommitmentDraft form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Commitment c = existing(id, commitment);
        return FormSubmission.save(response, () -> {
            Commitment changed = commitments.change(id, commitment, form);
            redirect.addFlashAttribute("saved", changed.text());
            return back(id, changed);
        }, problems -> edit(id, c, form, problems, model));
    }

    @PostMapping("/admin/programmes/{id}/commitments/{commitment}/end")
    String end(@PathVariable long id, @PathVariable long commitment, RedirectAttributes redirect) {
        existing(id, commitment);
        Commitment ended = commitments.end(id, commitment);
        redirect.addFlashAttribute("ended", ended.text());
        return back(id, ended);
    }

    private String list(long id, CommitmentDraft form, FieldProblems problems, Model model) {
        Programme programme = programme(id);
        List<ProgrammeParty> all = parties.of(id);
        ProgrammeParty chosen = all.stream().filter(p -> p.party().key().equals(form.party())).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
        common(programme, form, problems, model);
        model.addAttribute("parties", all);
        model.addAttribute("chosen", chosen);
        model.addAttribute("list", chosen == null ? List.of() : commitments.all(id).stream()
                .filter(c -> c.party().equals(chosen.party())).toList());
        return "commitments/admin";
    }

    private String edit(long id, Commitment commitment, CommitmentDraft form, FieldProblems problems, Model model) {
        common(programme(id), form, problems, model);
        model.addAttribute("commitment", commitment);
        model.addAttribute("party", parties.find(id, commitment.party()).map(ProgrammeParty::name)
                .orElse(commitment.party().key()));
        return "commitments/edit";
    }

    private void common(Programme programme, CommitmentDraft form, FieldProblems problems, Model model) {
        model.addAttribute("programme", programme);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        // As the draft holds them, as typed: names and ids as text, so that the select marks the one chosen.
        model.addAttribute("domains", Arrays.stream(Domain.values()).map(Enum::name).toList());
        model.addAttribute("cadences", Arrays.stream(Cadence.values()).map(Enum::name).toList());
        model.addAttribute("indicatorOptions", indicators.all().stream().collect(Collectors.toMap(
                i -> i.id().toString(), indicatorNames::of, (a, b) -> a, LinkedHashMap::new)));
    }

    private static String back(long id, Commitment c) {
        return "redirect:/admin/programmes/" + id + "/commitments?party=" + c.party().key() + "#commitment-" + c.id();
    }

    private Commitment existing(long id, long commitment) {
        programme(id);
        return commitments.byId(id, commitment).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Programme programme(long id) {
        return programmes.byId(id, AccessScope.everything())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

}

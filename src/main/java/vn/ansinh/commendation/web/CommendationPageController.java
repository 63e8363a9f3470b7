package vn.ansinh.commendation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.commendation.Candidates;
import vn.ansinh.commendation.Commendations;
import vn.ansinh.commendation.DecisionDraft;
import vn.ansinh.commendation.Proposal;
import vn.ansinh.commendation.ProposalDraft;
import vn.ansinh.documents.OfficialLetter;
import vn.ansinh.documents.OfficialLetters;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.FormSubmission;

/**
 * «Khen thưởng»: the ranking for commendation, the proposal (ticked from the ranking with a reason, by
 * administrators), the households that left poverty per commune, the proposal as DOCX and the decision recorded.
 */
@Controller
class CommendationPageController {

    private static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final Commendations commendations;
    private final Programmes programmes;
    private final OfficialLetters letters;

    CommendationPageController(Commendations commendations, Programmes programmes, OfficialLetters letters) {
        this.commendations = commendations;
        this.programmes = programmes;
        this.letters = letters;
    }

    @GetMapping("/programmes/{id}/commendation")
    String page(@PathVariable long id, AccessScope scope, Model model) {
        return page(id, null, DecisionDraft.empty(), scope, model);
    }

    /** Each reason comes as «reason-UNIT:5», read as typed (a comma in it splits nothing). */
    @PostMapping("/programmes/{id}/commendation")
    String propose(@PathVariable long id, @RequestParam MultiValueMap<String, String> fields, AccessScope scope,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        administered(id, scope);
        Map<String, String> reasons = new LinkedHashMap<>();
        fields.forEach((name, values) -> {
            if (name.startsWith("reason-") && !values.isEmpty()) {
                reasons.put(name.substring("reason-".length()), values.get(0));
            }
        });
        List<String> proposed = fields.getOrDefault("proposed", List.of());
        ProposalDraft draft = new ProposalDraft(new ArrayList<>(proposed), reasons);
        return FormSubmission.save(response, () -> {
            Proposal saved = commendations.propose(id, draft, scope);
            redirect.addFlashAttribute("saved", String.valueOf(saved.nominees().size()));
            return "redirect:/programmes/" + id + "/commendation#proposal";
        }, problems -> {
            model.addAttribute("problems", problems);
            return page(id, draft, DecisionDraft.empty(), scope, model);
        });
    }

    @PostMapping("/programmes/{id}/commendation/decision")
    String decide(@PathVariable long id, @RequestParam MultiValueMap<String, String> fields, AccessScope scope,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        administered(id, scope);
        DecisionDraft draft = new DecisionDraft(fields.getFirst("number"), fields.getFirst("decidedOn"),
                new ArrayList<>(fields.getOrDefault("commended", List.of())));
        return FormSubmission.save(response, () -> {
            Proposal decided = commendations.decide(id, draft, scope);
            redirect.addFlashAttribute("saved", decided.decisionNumber());
            return "redirect:/programmes/" + id + "/commendation#decision";
        }, problems -> {
            model.addAttribute("decisionProblems", problems);
            return page(id, null, draft, scope, model);
        });
    }

    @GetMapping("/programmes/{id}/commendation/proposal.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id, AccessScope scope) {
        readable(id, scope);
        OfficialLetter letter = commendations.letter(id, scope)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(DOCX).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition
                .attachment().filename(letter.fileName() + ".docx").build().toString())
                .body(letters.docx(letter));
    }

    /** proposing: the proposal as typed (null: the one saved, or for a new one the ranking's first of each kind unticked). */
    private String page(long id, ProposalDraft proposing, DecisionDraft deciding, AccessScope scope, Model model) {
        Programme programme = readable(id, scope);
        Optional<Proposal> proposal = commendations.proposal(id, scope);
        Candidates candidates = commendations.candidates(id, scope).orElseThrow();
        model.addAttribute("programmeId", id);
        model.addAttribute("year", programme.programmeYear());
        model.addAttribute("candidates", candidates);
        model.addAttribute("proposal", proposal.orElse(null));
        model.addAttribute("honoured", commendations.honoured(id, scope));
        model.addAttribute("administers", scope.unrestricted());
        model.addAttribute("draft", proposing != null ? proposing : proposal.map(CommendationPageController::draftOf)
                .orElse(new ProposalDraft(List.of(), Map.of())));
        model.addAttribute("decision", deciding);
        model.mergeAttributes(Map.of("problems", new FieldProblems(), "decisionProblems", new FieldProblems()));
        return "commendation/commendation";
    }

    private static ProposalDraft draftOf(Proposal proposal) {
        Map<String, String> reasons = new LinkedHashMap<>();
        proposal.nominees().forEach(n -> reasons.put(n.party().key(), n.reason() == null ? "" : n.reason()));
        return new ProposalDraft(proposal.nominees().stream().map(n -> n.party().key()).toList(), reasons);
    }

    /** Writing is the coordinating office's: refused to anyone else before anything is read. */
    private void administered(long id, AccessScope scope) {
        if (!scope.unrestricted()) {
            throw new AccessDeniedException("commendation of programme " + id);
        }
        readable(id, scope);
    }

    private Programme readable(long id, AccessScope scope) {
        return programmes.byId(id, scope).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}

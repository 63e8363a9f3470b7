package vn.ansinh.commitments.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.ansinh.commitments.Commitment;
import vn.ansinh.commitments.CommitmentProgress;
import vn.ansinh.commitments.Commitments;
import vn.ansinh.commitments.ProgrammeParties;
import vn.ansinh.commitments.ProgrammeParty;
import vn.ansinh.commitments.ProgressBook;
import vn.ansinh.programme.ProgrammeNotFoundException;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Party;

/** A programme's commitments in force, each with its party and its latest reported status. */
@RestController
class CommitmentApiController {

    private final Programmes programmes;
    private final ProgrammeParties parties;
    private final Commitments commitments;
    private final ProgressBook progress;

    CommitmentApiController(Programmes programmes, ProgrammeParties parties, Commitments commitments,
            ProgressBook progress) {
        this.programmes = programmes;
        this.parties = parties;
        this.commitments = commitments;
        this.progress = progress;
    }

    @GetMapping("/api/v1/programmes/{id}/commitments")
    @Operation(summary = "The programme's commitments in force, by domain and in the text's order: the party (UNIT or "
            + "ORGANISATION, its code and name), the domain, the wording as signed, the due date (null: none) and the "
            + "latest status reported (NOT_STARTED, IN_PROGRESS, DONE; null: never reported); 404 for a programme "
            + "outside the caller's scope")
    List<CommitmentJson> commitments(@PathVariable long id, AccessScope scope) {
        programmes.byId(id, scope).orElseThrow(() -> new ProgrammeNotFoundException(id));
        Map<Party, ProgrammeParty> byParty = parties.of(id).stream()
                .collect(Collectors.toMap(ProgrammeParty::party, Function.identity()));
        Map<Long, CommitmentProgress> latest = progress.latest(id);
        return commitments.of(id).stream().filter(c -> byParty.containsKey(c.party()))
                .map(c -> CommitmentJson.of(c, byParty.get(c.party()), latest.get(c.id()))).toList();
    }

    /** A commitment as the API gives it. */
    record CommitmentJson(long id, PartyJson party, String domain, String text, LocalDate due, String status) {

        static CommitmentJson of(Commitment c, ProgrammeParty party, CommitmentProgress latest) {
            return new CommitmentJson(c.id(), new PartyJson(party.party().kind().name(), party.code(), party.name()),
                    c.domain().name(), c.text(), c.due(), latest == null ? null : latest.status().name());
        }
    }

    /** kind: UNIT or ORGANISATION. */
    record PartyJson(String kind, String code, String name) {
    }
}

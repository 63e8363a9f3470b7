package vn.ansinh.commendation.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.ansinh.commendation.Candidate;
import vn.ansinh.commendation.Candidates;
import vn.ansinh.commendation.DecisionDraft;
import vn.ansinh.commendation.Nominee;
import vn.ansinh.commendation.Proposal;
import vn.ansinh.commendation.ProposalDraft;
import vn.ansinh.shared.Dates;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.Party;

/**
 * Checks a proposal and its decision: a proposal names at least one of the ranked communes or organisations, each
 * reason at most 500 characters, and is not changed once decided; a decision needs the proposal, a number, a day that
 * that exists in the programme's year or the next (the year-end review is held in December or in the first months
 * after), and commends at least one nominee, only nominees.
 */
public final class CommendationRules {

    private final FieldProblems problems = new FieldProblems();

    public FieldProblems problems() {
        return problems;
    }

    /** The nominees of the draft in the ranking's order, each with its result and reason. */
    public Optional<List<Nominee>> check(ProposalDraft draft, Candidates ranking, Optional<Proposal> existing) {
        if (existing.filter(Proposal::decided).isPresent()) {
            problems.add("proposed", "commendation.decided");
            return Optional.empty();
        }
        List<Nominee> nominees = new ArrayList<>();
        for (Candidate c : ranking.all()) {
            String key = c.party().key();
            if (draft.ticks(key)) {
                String reason = draft.reason(key).strip();
                if (reason.length() > 500) {
                    problems.add("reason-" + key, "catalogue.tooLong", 500);
                }
                nominees.add(new Nominee(c.party(), c.name(), c.rank(), c.score(), c.targets(),
                        reason.isEmpty() ? null : reason, false));
            }
        }
        if (draft.proposed().stream().anyMatch(key -> ranking.all().stream().noneMatch(c -> c.party().key().equals(key)))) {
            problems.add("proposed", "commendation.notRanked");
        } else if (nominees.isEmpty()) {
            problems.add("proposed", "commendation.none");
        }
        return problems.isEmpty() ? Optional.of(nominees) : Optional.empty();
    }

    /** The parties the decision commended, when all of it is right. */
    public Optional<Set<Party>> check(DecisionDraft draft, Optional<Proposal> proposal, int year) {
        if (proposal.isEmpty() || proposal.get().decided()) {
            problems.add("number", proposal.isEmpty() ? "commendation.noProposal" : "commendation.decided");
            return Optional.empty();
        }
        problems.text("number", draft.number(), 100);
        Dates.Reading day = Dates.read(draft.decidedOn());
        if (!day.ok()) {
            problems.add("decidedOn", day.problem(), draft.decidedOn());
        } else if (day.date() == null) {
            problems.add("decidedOn", "catalogue.required");
        } else if (day.date().getYear() < year || day.date().getYear() > year + 1) {
            problems.add("decidedOn", "commendation.decidedOn.outside", String.valueOf(year));
        }
        Set<Party> commended = new LinkedHashSet<>();
        for (Nominee n : proposal.get().nominees()) {
            if (draft.commended().contains(n.party().key())) {
                commended.add(n.party());
            }
        }
        if (commended.size() != draft.commended().size()) {
            problems.add("commended", "commendation.notProposed");
        } else if (commended.isEmpty()) {
            problems.add("commended", "commendation.noneCommended");
        }
        return problems.isEmpty() ? Optional.of(commended) : Optional.empty();
    }
}

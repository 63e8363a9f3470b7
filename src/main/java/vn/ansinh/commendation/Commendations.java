package vn.ansinh.commendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.commendation.internal.CommendationRules;
import vn.ansinh.commendation.internal.ProposalLetter;
import vn.ansinh.commendation.internal.ProposalStore;
import vn.ansinh.commitments.ProgrammeParties;
import vn.ansinh.commitments.ProgrammeParty;
import vn.ansinh.dashboard.Dashboard;
import vn.ansinh.dashboard.Dashboards;
import vn.ansinh.documents.OfficialLetter;
import vn.ansinh.households.HouseholdRef;
import vn.ansinh.households.PovertyFacts;
import vn.ansinh.programme.PartyRole;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Dates;
import vn.ansinh.shared.Party;

/**
 * A programme's commendation: the dashboard's ranking as candidates, the proposal the coordinating office makes of it
 * and the decision it records (administrators only, audited), and the households that left poverty during the year,
 * per commune. Whoever reads the programme reads all of it (households of the communes they read).
 */
@Service
@Transactional(readOnly = true)
public class Commendations {

    private final Programmes programmes;
    private final Dashboards dashboards;
    private final ProgrammeParties parties;
    private final PovertyFacts poverty;
    private final ProposalStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ProposalLetter letter;

    Commendations(Programmes programmes, Dashboards dashboards, ProgrammeParties parties, PovertyFacts poverty,
            ProposalStore store, ApplicationEventPublisher events, Clock clock, ProposalLetter letter) {
        this.letter = letter;
        this.programmes = programmes;
        this.dashboards = dashboards;
        this.parties = parties;
        this.poverty = poverty;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** The ranking for commendation as the scope sees it; empty for a programme it does not read. */
    public Optional<Candidates> candidates(long programmeId, AccessScope scope) {
        List<ProgrammeParty> bound = parties.of(programmeId);
        return dashboards.of(programmeId, scope).map(d -> new Candidates(d.year(), d.yearOver(),
                d.communes().stream().map(r -> candidate(Party.unit(r.id()), r, bound)).toList(),
                d.organisations().stream().map(r -> candidate(Party.organisation(r.id()), r, bound)).toList()));
    }

    /** The programme's proposal; empty when none was made or the scope does not read the programme. */
    public Optional<Proposal> proposal(long programmeId, AccessScope scope) {
        return programmes.byId(programmeId, scope).flatMap(p -> store.byProgramme(programmeId));
    }

    /**
     * Per commune of the programme the scope reads, in the programme's order, its households poor in the programme's
     * year and not poor the next (a commune with none is listed with none).
     */
    public List<HonouredCommune> honoured(long programmeId, AccessScope scope) {
        Optional<Programme> programme = programmes.byId(programmeId, scope);
        if (programme.isEmpty()) {
            return List.of();
        }
        List<ProgrammeParty> communes = parties.bound(programmeId, PartyRole.MEMBER_COMMITTEES).stream()
                .filter(p -> scope.canRead(p.party().id())).toList();
        Map<Long, List<HouseholdRef>> left = poverty.leftPoverty(communes.stream().map(p -> p.party().id()).toList(),
                programme.get().programmeYear());
        return communes.stream().map(p -> new HonouredCommune(p.party().id(), p.name(),
                left.getOrDefault(p.party().id(), List.of()))).toList();
    }

    /**
     * The proposal as the DOCX the leader signs (before one is saved: dated today, nobody proposed yet); empty when
     * the scope does not read the programme.
     */
    public Optional<OfficialLetter> letter(long programmeId, AccessScope scope) {
        return programmes.byId(programmeId, scope).map(programme -> letter.of(programme, store.byProgramme(programmeId)
                .orElse(new Proposal(0, programmeId, LocalDate.now(clock), List.of(), null, null)),
                honoured(programmeId, scope)));
    }

    /** Makes or changes the proposal from the ranking as it is now, audited; refused by field once decided. */
    @Transactional
    public Proposal propose(long programmeId, ProposalDraft draft, AccessScope scope) {
        Candidates ranking = administered(programmeId, scope);
        Optional<Proposal> before = store.byProgramme(programmeId);
        CommendationRules rules = new CommendationRules();
        List<Nominee> nominees = rules.check(draft, ranking, before)
                .orElseThrow(() -> new InvalidCommendationException(rules.problems()));
        store.save(programmeId, LocalDate.now(clock), nominees);
        Proposal after = store.byProgramme(programmeId).orElseThrow();
        events.publishEvent(new ProposalChanged(before.orElse(null), after));
        return after;
    }

    /** Records the decision on the proposal, audited; the proposal is read-only from then on. */
    @Transactional
    public Proposal decide(long programmeId, DecisionDraft draft, AccessScope scope) {
        Candidates ranking = administered(programmeId, scope);
        Optional<Proposal> before = store.byProgramme(programmeId);
        CommendationRules rules = new CommendationRules();
        Set<Party> commended = rules.check(draft, before, ranking.year())
                .orElseThrow(() -> new InvalidCommendationException(rules.problems()));
        store.decide(before.orElseThrow().id(), draft.number().strip(), Dates.read(draft.decidedOn())
                .date(), commended);
        Proposal after = store.byProgramme(programmeId).orElseThrow();
        events.publishEvent(new ProposalChanged(before.get(), after));
        return after;
    }

    /** The ranking, for an administrator; refused to anyone else, and absent for a programme that does not exist. */
    private Candidates administered(long programmeId, AccessScope scope) {
        if (!scope.unrestricted()) {
            throw new AccessDeniedException("commendation of programme " + programmeId);
        }
        return candidates(programmeId, scope).orElseThrow(() -> new NoSuchElementException(
                "programme " + programmeId));
    }

    /** Named as the programme names the party («UBND xã Cam An», «Hội ND»): it is the collective commended. */
    private static Candidate candidate(Party party, Dashboard.Ranked r, List<ProgrammeParty> bound) {
        String name = bound.stream().filter(p -> p.party().equals(party)).map(ProgrammeParty::name).findFirst()
                .orElse(r.name());
        return new Candidate(party, name, r.rank(), r.score(), r.targets());
    }
}

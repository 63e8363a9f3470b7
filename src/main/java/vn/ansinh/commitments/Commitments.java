package vn.ansinh.commitments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.commitments.internal.CommitmentRules;
import vn.ansinh.commitments.internal.CommitmentStore;
import vn.ansinh.commitments.internal.DutiesOfText;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.Party;
import vn.ansinh.shared.PartyKind;
import vn.ansinh.targets.Indicators;

/**
 * The programmes' commitments: made from the duties of a programme's text when it is imported or made for next
 * year (not audited on their own: the import's or the creation's entry covers them), and added, changed or ended by
 * the coordinating office, each change audited. Ended commitments are kept with their progress, shown no more.
 */
@Service
@Transactional(readOnly = true)
public class Commitments {

    private final CommitmentStore store;
    private final DutiesOfText duties;
    private final Programmes programmes;
    private final ProgrammeParties parties;
    private final Indicators indicators;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Commitments(CommitmentStore store, DutiesOfText duties, Programmes programmes, ProgrammeParties parties,
            Indicators indicators, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.duties = duties;
        this.programmes = programmes;
        this.parties = parties;
        this.indicators = indicators;
        this.events = events;
        this.clock = clock;
    }

    /** The programme's commitments in force, by domain and in the text's order. */
    public List<Commitment> of(long programmeId) {
        return store.ofProgramme(programmeId).stream().filter(Commitment::inForce).toList();
    }

    /** Every commitment of the programme, ended ones too: what the coordinating office keeps. */
    public List<Commitment> all(long programmeId) {
        return store.ofProgramme(programmeId);
    }

    /** The party's commitments in force in the programme. */
    public List<Commitment> ofParty(long programmeId, Party party) {
        return store.ofParty(programmeId, party).stream().filter(Commitment::inForce).toList();
    }

    public Optional<Commitment> byId(long programmeId, long id) {
        return store.byId(id).filter(c -> c.programmeId() == programmeId);
    }

    /** Makes the commitments of the programme's duties, unless it has some: how many were made. */
    @Transactional
    public int makeFromText(long programmeId) {
        if (store.anyOf(programmeId)) {
            return 0;
        }
        return programmes.text(programmeId, AccessScope.everything())
                .map(text -> duties.of(text).stream().map(store::insert).toList().size()).orElse(0);
    }

    /** Gives every programme without commitments those of its duties: how many programmes got some. */
    @Transactional
    public int makeMissing() {
        return (int) programmes.all().stream().filter(p -> makeFromText(p.id()) > 0).count();
    }

    /** Adds a commitment to a party of the programme, after the party's others of the domain. */
    @Transactional
    public Commitment add(long programmeId, CommitmentDraft draft) {
        Optional<ProgrammeParty> party = partyOf(programmeId, draft.party());
        CommitmentRules rules = rules();
        Commitment base = new Commitment(null, programmeId, party.map(ProgrammeParty::party).orElse(null), null, null,
                null, 0, null, null, null, null);
        Optional<Commitment> checked = rules.apply(draft, base);
        if (party.isEmpty()) {
            rules.problems().add("party", "catalogue.required");
        }
        Commitment valid = checked.filter(c -> party.isPresent())
                .orElseThrow(() -> new InvalidCommitmentException(rules.problems()));
        Commitment added = store.insert(new Commitment(null, programmeId, valid.party(), valid.domain(), valid.text(),
                null, store.nextPosition(programmeId, valid.party(), valid.domain()), valid.cadence(), valid.due(),
                valid.indicatorId(), null));
        events.publishEvent(new CommitmentChanged(null, added, unitOf(added)));
        return added;
    }

    /** Changes a commitment's wording, cadence, due date or indicator. */
    @Transactional
    public Commitment change(long programmeId, long id, CommitmentDraft draft) {
        Commitment before = existing(programmeId, id);
        CommitmentRules rules = rules();
        Commitment after = rules.apply(draft, before).orElseThrow(() -> new InvalidCommitmentException(rules.problems()));
        return saved(before, after);
    }

    /** Ends a commitment from today: it is kept with its progress, no longer followed. */
    @Transactional
    public Commitment end(long programmeId, long id) {
        Commitment before = existing(programmeId, id);
        if (!before.inForce()) {
            return before;
        }
        return saved(before, CommitmentRules.ended(before, LocalDate.now(clock)));
    }

    /** The unit a party's change concerns: its own, or for an organisation the programme's coordinating unit. */
    Long unitOf(Commitment c) {
        if (c.party().kind() == PartyKind.UNIT) {
            return c.party().id();
        }
        return programmes.byId(c.programmeId(), AccessScope.everything()).map(Programme::coordinatingUnitId).orElse(null);
    }

    private Commitment saved(Commitment before, Commitment after) {
        store.update(after);
        events.publishEvent(new CommitmentChanged(before, after, unitOf(after)));
        return after;
    }

    private Commitment existing(long programmeId, long id) {
        return byId(programmeId, id).orElseThrow(() -> new InvalidCommitmentException(
                new FieldProblems().add("text", "commitments.unknown")));
    }

    private Optional<ProgrammeParty> partyOf(long programmeId, String key) {
        try {
            return parties.find(programmeId, Party.parse(key));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private CommitmentRules rules() {
        return new CommitmentRules(id -> indicators.byId(id).isPresent());
    }
}

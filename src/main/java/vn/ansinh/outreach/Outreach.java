package vn.ansinh.outreach;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.commitments.ProgrammeParties;
import vn.ansinh.commitments.ProgrammeParty;
import vn.ansinh.outreach.internal.OutreachRules;
import vn.ansinh.outreach.internal.SessionStore;
import vn.ansinh.outreach.internal.TrainingStore;
import vn.ansinh.programme.PartyRole;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.PartyKind;

/**
 * A programme's trainings of officers and its propaganda and counselling sessions: read by whoever reads the
 * programme (a session as its commune is read, a training's participants as their commune or organisation is seen),
 * entered by whoever writes the organiser (a session also by whoever writes its commune), audited; and what they
 * count per commune, for the reports filled from the registers.
 */
@Service
@Transactional(readOnly = true)
public class Outreach {

    private final Programmes programmes;
    private final ProgrammeParties parties;
    private final TrainingStore trainings;
    private final SessionStore sessions;
    private final ApplicationEventPublisher events;

    Outreach(Programmes programmes, ProgrammeParties parties, TrainingStore trainings, SessionStore sessions,
            ApplicationEventPublisher events) {
        this.programmes = programmes;
        this.parties = parties;
        this.trainings = trainings;
        this.sessions = sessions;
        this.events = events;
    }

    /** The programme's trainings as the scope sees them; empty for a programme it does not read. */
    public List<Training> trainings(long programmeId, AccessScope scope) {
        if (programmes.byId(programmeId, scope).isEmpty()) {
            return List.of();
        }
        return trainings.ofProgramme(programmeId).stream().map(t -> new Training(t.id(), t.programmeId(), t.heldOn(),
                t.topic(), t.organiser(), t.place(), t.participants().stream().filter(a -> a.party().kind() == PartyKind.UNIT
                        ? scope.canRead(a.party().id()) : scope.canSeeOrganisation(a.party().id())).toList())).toList();
    }

    /** The programme's sessions in the communes the scope reads; empty for a programme it does not read. */
    public List<OutreachSession> sessions(long programmeId, AccessScope scope) {
        if (programmes.byId(programmeId, scope).isEmpty()) {
            return List.of();
        }
        return sessions.ofProgramme(programmeId).stream().filter(s -> scope.canRead(s.communeId())).toList();
    }

    /**
     * The programme's trainings and sessions as the scope sees them, with their totals over the programme's communes
     * the scope reads (in the programme's order); empty for a programme it does not read.
     */
    public Optional<OutreachBook> book(long programmeId, AccessScope scope) {
        if (programmes.byId(programmeId, scope).isEmpty()) {
            return Optional.empty();
        }
        List<Training> trained = trainings(programmeId, scope);
        List<OutreachSession> held = sessions(programmeId, scope);
        return Optional.of(new OutreachBook(trained, held, OutreachTotals.of(trained, held, parties
                .bound(programmeId, PartyRole.MEMBER_COMMITTEES).stream().filter(p -> scope.canRead(p.party().id()))
                .map(c -> new OutreachTotals.CommuneTotal(c.party().id(), c.name(), 0, 0, 0)).toList())));
    }

    /** Whether the scope may enter anything for the programme: it writes one of its parties. */
    public boolean writes(long programmeId, AccessScope scope) {
        return !parties.writable(programmeId, scope).isEmpty();
    }

    /** Adds a training of the programme, audited; refused by field with nothing written. */
    @Transactional
    public Training add(long programmeId, TrainingDraft draft, AccessScope scope) {
        OutreachRules rules = rules(programmeId, scope);
        Training checked = rules.check(draft).orElseThrow(() -> new InvalidOutreachException(rules.problems()));
        Training added = checked.withId(trainings.insert(checked));
        events.publishEvent(new TrainingAdded(added));
        return added;
    }

    /** Adds a session of the programme, audited; refused by field with nothing written. */
    @Transactional
    public OutreachSession add(long programmeId, SessionDraft draft, AccessScope scope) {
        OutreachRules rules = rules(programmeId, scope);
        OutreachSession checked = rules.check(draft).orElseThrow(() -> new InvalidOutreachException(rules.problems()));
        OutreachSession added = checked.withId(sessions.insert(checked));
        events.publishEvent(new SessionAdded(added));
        return added;
    }

    /**
     * Per commune asked for, what its trainings and sessions held from a day to a day count, whatever the programme
     * ({@link OutreachFigures#NONE} for a commune with none).
     */
    public Map<Long, OutreachFigures> figures(Collection<Long> communes, LocalDate from, LocalDate to) {
        Map<Long, Long> trained = trainings.trainedByCommune(communes, from, to);
        Map<Long, SessionStore.Counts> held = sessions.countsByCommune(communes, from, to);
        Map<Long, OutreachFigures> figures = new LinkedHashMap<>();
        for (Long commune : communes) {
            Optional<SessionStore.Counts> counts = Optional.ofNullable(held.get(commune));
            figures.put(commune, new OutreachFigures(trained.getOrDefault(commune, 0L),
                    counts.map(SessionStore.Counts::sessions).orElse(0L), counts.map(SessionStore.Counts::reached).orElse(0L),
                    counts.map(SessionStore.Counts::labourExport).orElse(0L),
                    !trained.containsKey(commune) && counts.isEmpty()));
        }
        return figures;
    }

    /** The rules of the programme: its year and parties; a programme the scope does not read has neither. */
    private OutreachRules rules(long programmeId, AccessScope scope) {
        Optional<Programme> programme = programmes.byId(programmeId, scope);
        List<ProgrammeParty> bound = programme.isEmpty() ? List.of() : parties.of(programmeId);
        return new OutreachRules(programmeId, programme.map(Programme::programmeYear).orElse(0), bound, scope);
    }
}

package vn.ansinh.commitments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.commitments.internal.ProgressRules;
import vn.ansinh.commitments.internal.ProgressStore;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.Party;

/**
 * The parties' progress on their commitments, per reporting period: recorded with a party's periodic report or, for a
 * party that files none, on its party page; read back as a period's, or as each commitment's latest; and counted per
 * party as on track — done, or in progress and not past its due date.
 */
@Service
@Transactional(readOnly = true)
public class ProgressBook {

    /** A day after every period: for the latest progress whatever its period (both databases take it). */
    private static final LocalDate EVER = LocalDate.of(9999, 12, 31);

    private final ProgressStore store;
    private final Commitments commitments;
    private final ProgrammeParties parties;
    private final ObjectProvider<PartyReports> reports;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgressBook(ProgressStore store, Commitments commitments, ProgrammeParties parties,
            ObjectProvider<PartyReports> reports, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.commitments = commitments;
        this.parties = parties;
        this.reports = reports;
        this.events = events;
        this.clock = clock;
    }

    /** The programme's progress recorded for the period, by commitment. */
    public Map<Long, CommitmentProgress> ofPeriod(long programmeId, String periodCode) {
        return store.ofPeriod(programmeId, periodCode);
    }

    /** Each commitment's latest progress of a period ending on or before the day, by commitment. */
    public Map<Long, CommitmentProgress> latest(long programmeId, LocalDate upTo) {
        return store.latest(programmeId, upTo);
    }

    /** The problems of progress as typed, by field ("cs12" the status, "ce12" the evidence of commitment 12). */
    public static FieldProblems problems(List<ProgressEntry> entries) {
        return ProgressRules.problems(entries);
    }

    /**
     * Records the party's progress for the period: each entry with a status (a blank one is not reported and leaves
     * what was recorded), audited where it changed; refused whole for a problem of any.
     */
    @Transactional
    public int record(long programmeId, Party party, ProgressPeriod period, List<ProgressEntry> entries, String user) {
        requireValid(programmeId, party, entries);
        Long unit = parties.find(programmeId, party).isEmpty() ? null : unitOf(programmeId, party);
        int changed = 0;
        for (ProgressEntry entry : entries) {
            Optional<CommitmentProgress> recorded = ProgressRules.of(entry, period, user, clock.instant());
            if (recorded.isPresent() && recordOne(recorded.get(), unit)) {
                changed++;
            }
        }
        return changed;
    }

    /**
     * Per party of the programme, in section II's order: its commitments on track of those in force, by the latest
     * progress of a period ending on or before upTo, a due date judged as of the day asOf.
     */
    public List<PartyStanding> standings(long programmeId, LocalDate upTo, LocalDate asOf) {
        Map<Long, CommitmentProgress> latest = store.latest(programmeId, upTo);
        List<Commitment> all = commitments.of(programmeId);
        return parties.of(programmeId).stream().map(p -> {
            List<Commitment> own = all.stream().filter(c -> c.party().equals(p.party())).toList();
            int onTrack = (int) own.stream().filter(c -> c.onTrack(statusOf(latest.get(c.id())), asOf)).count();
            return new PartyStanding(p, onTrack, own.size());
        }).toList();
    }

    /** The standings by the progress of the period and those before it, due dates judged at its end. */
    public List<PartyStanding> standings(long programmeId, ProgressPeriod period) {
        return standings(programmeId, period.endsOn(), period.endsOn());
    }

    /** The standings today: by every progress recorded, due dates judged today. */
    public List<PartyStanding> standingsToday(long programmeId) {
        return standings(programmeId, EVER, LocalDate.now(clock));
    }

    /**
     * The standings of the latest period begun (see {@link #latestPeriod}): by the progress of it and those before,
     * due dates judged today or, for a period over, at its end. Empty for a programme without periods.
     */
    public Optional<Map.Entry<ProgressPeriod, List<PartyStanding>>> standingsOfLatestPeriod(long programmeId) {
        LocalDate today = LocalDate.now(clock);
        return latestPeriod(programmeId).map(p -> Map.entry(p, standings(programmeId, p.endsOn(),
                today.isBefore(p.endsOn()) ? today : p.endsOn())));
    }

    /** Each commitment's latest progress, whatever its period. */
    public Map<Long, CommitmentProgress> latest(long programmeId) {
        return store.latest(programmeId, EVER);
    }

    /** The programme's reporting periods; none where no module keeps reports. */
    public List<ProgressPeriod> periods(long programmeId) {
        PartyReports found = reports.getIfAvailable();
        return found == null ? List.of() : found.periods(programmeId);
    }

    /**
     * The latest period begun by today (of those ending the same day, the shortest: the month); the first for a
     * programme whose year has not begun.
     */
    public Optional<ProgressPeriod> latestPeriod(long programmeId) {
        LocalDate today = LocalDate.now(clock);
        List<ProgressPeriod> periods = periods(programmeId);
        return periods.stream().filter(p -> !p.startsOn().isAfter(today))
                .max(Comparator.comparing(ProgressPeriod::endsOn).thenComparing(ProgressPeriod::startsOn))
                .or(() -> periods.stream().findFirst());
    }

    /** Whether the party records its progress with a periodic report rather than on its party page. */
    public boolean filesReports(long programmeId, Party party) {
        PartyReports found = reports.getIfAvailable();
        return found != null && found.files(programmeId, party);
    }

    /** The entries' problems, and each entry naming a commitment that is not the party's in force. */
    private void requireValid(long programmeId, Party party, List<ProgressEntry> entries) {
        FieldProblems problems = problems(entries);
        List<Long> own = commitments.ofParty(programmeId, party).stream().map(Commitment::id).toList();
        entries.stream().filter(e -> !own.contains(e.commitmentId()))
                .forEach(e -> problems.add(ProgressRules.statusField(e.commitmentId()), "commitments.progress.notOwn"));
        if (!problems.isEmpty()) {
            throw new InvalidCommitmentException(problems);
        }
    }

    /** Writes the progress unless it says what is recorded already; whether it wrote (and audited) it. */
    private boolean recordOne(CommitmentProgress recorded, Long unit) {
        Optional<CommitmentProgress> before = store.of(recorded.commitmentId(), recorded.periodCode());
        if (ProgressRules.same(before, recorded)) {
            return false;
        }
        before.ifPresentOrElse(b -> store.update(recorded), () -> store.insert(recorded));
        events.publishEvent(new ProgressRecorded(before.orElse(null), recorded, unit));
        return true;
    }

    public static CommitmentStatus statusOf(CommitmentProgress progress) {
        return progress == null ? null : progress.status();
    }

    private Long unitOf(long programmeId, Party party) {
        return commitments.ofParty(programmeId, party).stream().findFirst().map(commitments::unitOf).orElse(null);
    }
}

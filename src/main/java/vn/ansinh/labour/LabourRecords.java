package vn.ansinh.labour;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.labour.internal.LabourStore;
import vn.ansinh.labour.internal.RecordRules;
import vn.ansinh.shared.AccessScope;

/**
 * What communes achieve in labour, person by person — job placements, trainees, certificates, labour
 * export — or, where a commune keeps no records of a kind, as counts entered per month. Writes need the
 * commune to be the user's; reads mask citizen IDs for roles that may not see them.
 */
@Service
@Transactional(readOnly = true)
public class LabourRecords {

    private final LabourStore store;
    private final RecordRules rules;
    private final ApplicationEventPublisher events;

    LabourRecords(LabourStore store, RecordRules rules, ApplicationEventPublisher events) {
        this.store = store;
        this.rules = rules;
        this.events = events;
    }

    /** A record from a list or the API: its day must lie in the year of a programme covering its commune. */
    @Transactional
    public LabourRecord record(LabourRecord draft, AccessScope scope) {
        return record(draft, null, scope);
    }

    /** A record made in a programme (programmeYear; null: any programme's year). */
    @Transactional
    public LabourRecord record(LabourRecord draft, Integer programmeYear, AccessScope scope) {
        check(draft, programmeYear, scope);
        LabourRecord saved = withId(draft, store.insert(draft));
        events.publishEvent(new LabourRecorded(saved));
        return saved;
    }

    /**
     * Refuses a record the scope may not write (LabourNotFoundException) or that cannot be true
     * (LabourRefusal): what its kind needs is missing, or the day, the person's age or the year is wrong.
     */
    void check(LabourRecord draft, Integer programmeYear, AccessScope scope) {
        if (!scope.canWrite(draft.unitId())) {
            throw new LabourNotFoundException(draft.unitId());
        }
        String problem = draft.problem();
        if (problem != null) {
            throw new LabourRefusal(problem);
        }
        if (draft.courseId() != null && !store.courseExists(draft.courseId(), draft.unitId())) {
            throw new LabourRefusal("labour.record.course");
        }
        rules.refusal(draft, programmeYear).ifPresent(refusal -> {
            throw refusal;
        });
    }

    /** A vocational course of a commune; its trainees are recorded against it. Returns its id. */
    @Transactional
    public long addCourse(long unitId, String occupation, String level, Integer months, String provider, String funding,
            LocalDate startsOn, AccessScope scope) {
        if (!scope.canWrite(unitId)) {
            throw new LabourNotFoundException(unitId);
        }
        if (occupation == null || occupation.isBlank() || level == null || level.isBlank() || startsOn == null) {
            throw new LabourRefusal("labour.course.incomplete");
        }
        return store.insertCourse(unitId, occupation.strip(), level.strip(), months, provider, funding, startsOn);
    }

    /** A commune's count of a kind in a month, for a commune that keeps no records of it. */
    @Transactional
    public void enterCount(long unitId, RecordKind kind, int year, int month, long amount, AccessScope scope) {
        if (!scope.canWrite(unitId)) {
            throw new LabourNotFoundException(unitId);
        }
        if (month < 1 || month > 12 || amount < 0) {
            throw new LabourRefusal(amount < 0 ? "labour.count.negative" : "labour.count.month");
        }
        Long before = store.count(unitId, kind, year, month).orElse(null);
        store.saveCount(unitId, kind, year, month, amount, before != null);
        events.publishEvent(new LabourCountEntered(unitId, kind, year, month, before, amount));
    }

    /** The records of one citizen ID in the units the scope reads, every year, oldest first (a person's data). */
    public List<LabourRecord> ofCitizen(String citizenId, AccessScope scope) {
        List<LabourRecord> records = store.ofCitizen(citizenId).stream().filter(r -> scope.canRead(r.unitId())).toList();
        return scope.personalData() ? records : records.stream().map(LabourRecord::masked).toList();
    }

    /** The records of the units the scope reads, in the year, oldest first. */
    public List<LabourRecord> of(List<Long> unitIds, int year, AccessScope scope) {
        List<LabourRecord> records = store.of(unitIds.stream().filter(scope::canRead).toList(), year);
        return scope.personalData() ? records : records.stream().map(LabourRecord::masked).toList();
    }

    /**
     * What each commune achieved of each kind, month by month: from its records where it keeps records of
     * that kind in the year, otherwise from the counts entered.
     */
    public Map<Long, Map<RecordKind, Monthly>> monthly(List<Long> unitIds, int year) {
        Map<Long, Map<RecordKind, long[]>> records = store.recordsByMonth(unitIds, year);
        Map<Long, Map<RecordKind, long[]>> entered = store.enteredByMonth(unitIds, year);
        Map<Long, Map<RecordKind, Monthly>> monthly = new HashMap<>();
        for (long unit : unitIds) {
            Map<RecordKind, Monthly> kinds = new EnumMap<>(RecordKind.class);
            for (RecordKind kind : RecordKind.values()) {
                long[] fromRecords = records.getOrDefault(unit, Map.of()).get(kind);
                long[] fromCounts = entered.getOrDefault(unit, Map.of()).get(kind);
                if (fromRecords != null) {
                    kinds.put(kind, new Monthly(fromRecords, Monthly.Source.RECORDS));
                } else if (fromCounts != null) {
                    kinds.put(kind, new Monthly(fromCounts, Monthly.Source.COUNTS));
                }
            }
            monthly.put(unit, kinds);
        }
        return monthly;
    }

    private static LabourRecord withId(LabourRecord r, long id) {
        return new LabourRecord(id, r.kind(), r.unitId(), r.date(), r.fullName(), r.sex(), r.birthDate(), r.citizenId(),
                r.place(), r.sector(), r.employer(), r.courseId(), r.completedOn(), r.occupation(), r.level(), r.country(),
                r.contractMonths(), r.note());
    }
}

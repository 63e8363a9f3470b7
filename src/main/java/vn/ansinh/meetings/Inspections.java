package vn.ansinh.meetings;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.meetings.internal.CoordinationTitles;
import vn.ansinh.meetings.internal.InspectionRules;
import vn.ansinh.meetings.internal.InspectionStore;
import vn.ansinh.meetings.internal.ProgrammeAccess;
import vn.ansinh.programme.Programme;
import vn.ansinh.shared.AccessScope;

/**
 * A programme's joint inspections and supervisions: read by whoever reads the programme, planned and their findings
 * written by the coordinating office, audited; their recommendations are {@link ActionItems}.
 */
@Service
@Transactional(readOnly = true)
public class Inspections {

    private final InspectionStore store;
    private final ProgrammeAccess access;
    private final CoordinationTitles titles;
    private final ApplicationEventPublisher events;

    Inspections(InspectionStore store, ProgrammeAccess access, CoordinationTitles titles,
            ApplicationEventPublisher events) {
        this.store = store;
        this.access = access;
        this.titles = titles;
        this.events = events;
    }

    /** The programme's inspections, earliest first; none when the scope does not read the programme. */
    public List<Inspection> ofProgramme(long programmeId, AccessScope scope) {
        return access.readable(programmeId, scope).map(p -> store.ofProgramme(programmeId).stream().map(this::titled)
                .toList()).orElse(List.of());
    }

    public Optional<Inspection> byId(long programmeId, long inspectionId, AccessScope scope) {
        return access.readable(programmeId, scope).flatMap(p -> store.byId(inspectionId))
                .filter(i -> i.programmeId() == programmeId).map(this::titled);
    }

    /** Records an inspection of the programme, audited; refused by field with nothing written. */
    @Transactional
    public Inspection record(long programmeId, InspectionDraft draft, AccessScope scope) {
        Programme programme = access.recordable(programmeId, scope);
        InspectionRules rules = new InspectionRules();
        Inspection checked = rules.check(programmeId, draft, access.partyKeys(programmeId), access.communes(programmeId))
                .orElseThrow(() -> new InvalidCoordinationException("Inspection", rules.problems()));
        Inspection recorded = titled(store.insert(checked));
        events.publishEvent(new InspectionChanged(null, recorded, programme.coordinatingUnitId()));
        return recorded;
    }

    /** Writes what the inspection found, audited with the findings before and after; refused by field. */
    @Transactional
    public Inspection writeFindings(long programmeId, long inspectionId, String findings, AccessScope scope) {
        Programme programme = access.recordable(programmeId, scope);
        Inspection before = byId(programmeId, inspectionId, scope)
                .orElseThrow(() -> new CoordinationNotFoundException("inspection", inspectionId));
        InspectionRules rules = new InspectionRules();
        String checked = rules.findings(findings)
                .orElseThrow(() -> new InvalidCoordinationException("Inspection", rules.problems()));
        store.writeFindings(inspectionId, checked);
        Inspection after = before.withFindings(checked);
        events.publishEvent(new InspectionChanged(before, after, programme.coordinatingUnitId()));
        return after;
    }

    private Inspection titled(Inspection i) {
        return i.withId(i.id(), titles.inspection(i.kind(), i.subject()));
    }
}

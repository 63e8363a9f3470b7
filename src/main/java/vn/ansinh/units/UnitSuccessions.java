package vn.ansinh.units;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.units.internal.SuccessionRules;
import vn.ansinh.units.internal.UnitImportStore;
import vn.ansinh.units.internal.UnitSuccessionStore;

/**
 * How units follow one another: a unit's predecessors and successors, each with the day and kind of the event, and
 * the events an administrator records by hand (those before the lists ansinh imports: Cam An and Cam Thanh merged
 * into Thanh An on 01/01/2020). Recording one ends the predecessors the day before, if still open.
 */
@Service
public class UnitSuccessions {

    private final UnitSuccessionStore store;
    private final UnitImportStore writes;
    private final Units units;
    private final ApplicationEventPublisher events;

    UnitSuccessions(UnitSuccessionStore store, UnitImportStore writes, Units units, ApplicationEventPublisher events) {
        this.store = store;
        this.writes = writes;
        this.units = units;
        this.events = events;
    }

    /**
     * Records a merge, split or continuation, audited; refused with {@link InvalidUnitException}, nothing written.
     * The same event entered again (a data file imported twice) changes nothing: false.
     */
    @Transactional
    public boolean record(SuccessionDraft draft) {
        List<Long> ids = new ArrayList<>(draft.predecessorIds());
        if (draft.successorId() != null) {
            ids.add(draft.successorId());
        }
        Map<Long, AdministrativeUnit> known = units.byIds(ids);
        FieldProblems problems = SuccessionRules.check(draft, known);
        if (!problems.isEmpty()) {
            throw new InvalidUnitException(problems);
        }
        AdministrativeUnit successor = known.get(draft.successorId());
        if (recorded(draft)) {
            return false;
        }
        for (Long id : draft.predecessorIds()) {
            writes.succession(id, successor.id(), draft.effectiveOn(), draft.kind().name(), draft.legalBasis());
            endIfOpen(known.get(id), draft.effectiveOn().minusDays(1));
        }
        events.publishEvent(new UnitsSucceeded(draft.predecessorIds().stream().map(id -> known.get(id).code()).toList(),
                successor.code(), successor.id(), draft.effectiveOn(), draft.kind(), draft.legalBasis()));
        return true;
    }

    private boolean recorded(SuccessionDraft draft) {
        return store.predecessors(draft.successorId()).stream().filter(l -> l.effectiveOn().equals(draft.effectiveOn()))
                .map(UnitSuccessionStore.Link::unitId).toList().containsAll(draft.predecessorIds());
    }

    /** Ends the unit on its last day, audited, unless it has ended by then already. */
    void endIfOpen(AdministrativeUnit unit, java.time.LocalDate lastDay) {
        if (unit.validTo() == null || unit.validTo().isAfter(lastDay)) {
            writes.end(unit.id(), lastDay);
            events.publishEvent(new UnitChanged(AuditAction.UPDATE, unit, new AdministrativeUnit(unit.id(), unit.parentId(),
                    unit.kind(), unit.code(), unit.name(), unit.validFrom(), lastDay, unit.gsoCode())));
        }
    }

    public List<UnitLink> predecessors(long unitId) {
        return links(store.predecessors(unitId));
    }

    public List<UnitLink> successors(long unitId) {
        return links(store.successors(unitId));
    }

    private List<UnitLink> links(List<UnitSuccessionStore.Link> links) {
        return links.stream().map(l -> new UnitLink(units.byId(l.unitId()).orElseThrow(), l.effectiveOn(), l.kind()))
                .toList();
    }
}

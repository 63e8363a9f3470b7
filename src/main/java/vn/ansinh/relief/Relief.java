package vn.ansinh.relief;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.relief.internal.ReliefStore;
import vn.ansinh.shared.AccessScope;

/**
 * What emergency relief came to: over units and days for other modules (which decide whose units they ask about), and
 * an event or a commune's year as a user may read them. Every total is summed when read.
 */
@Service
@Transactional(readOnly = true)
public class Relief {

    private final ReliefStore store;

    Relief(ReliefStore store) {
        this.store = store;
    }

    /** Over the events that struck the units within [from, to]: households and relief of those units only. */
    public ReliefTotals totals(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        List<Long> units = List.copyOf(unitIds);
        List<Long> events = store.events(units, from, to).stream().map(ReliefEvent::id).toList();
        return ReliefTotals.of(events.size(), store.households(events, units), store.given(events, units));
    }

    /** Each event that struck the units within [from, to], oldest first, with its totals within those units. */
    public List<ReliefEventSummary> events(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        List<Long> units = List.copyOf(unitIds);
        List<ReliefEvent> events = store.events(units, from, to);
        List<Long> ids = events.stream().map(ReliefEvent::id).toList();
        Map<Long, List<AffectedHousehold>> households = store.households(ids, units).stream()
                .collect(Collectors.groupingBy(AffectedHousehold::eventId));
        List<ReliefGiven> given = store.given(ids, units);
        return events.stream().map(e -> ReliefEventSummary.of(e, ReliefTotals.of(1,
                households.getOrDefault(e.id(), List.of()), given))).toList();
    }

    /** The events that hit the commune in the year, with the commune's totals; none outside the scope. */
    public List<ReliefEventSummary> ofCommune(long unitId, int year, AccessScope scope) {
        return scope.canRead(unitId) ? events(List.of(unitId), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                : List.of();
    }

    /** The event with the communes of it the scope reads; empty when there is none such or it reads none. */
    public Optional<EventReport> report(long eventId, AccessScope scope) {
        return store.event(eventId).filter(e -> e.unitIds().stream().anyMatch(scope::canRead)).map(e -> {
            List<Long> readable = e.unitIds().stream().filter(scope::canRead).toList();
            Map<Long, List<ReliefGiven>> given = store.given(List.of(eventId), readable).stream()
                    .collect(Collectors.groupingBy(ReliefGiven::affectedId));
            Map<Long, List<AffectedHousehold>> byUnit = store.households(List.of(eventId), readable).stream()
                    .collect(Collectors.groupingBy(AffectedHousehold::unitId));
            return new EventReport(e, readable.stream().map(u -> new EventReport.Commune(u, byUnit
                    .getOrDefault(u, List.of()).stream().map(h -> new EventReport.Line(h,
                            given.getOrDefault(h.id(), List.of()))).toList())).toList());
        });
    }
}

package vn.ansinh.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.units.internal.UnitLineageStore;

/**
 * Where units of an earlier year are on a chosen day: each unit followed through every succession up to that day
 * (Cam An → Thanh An on 01/01/2020 → Xã Hiếu Giang on 01/07/2025) to the units in force then. A unit divided among
 * several (a SPLIT, or one unit followed by several) reaches each part by a route that names the division, so that
 * whoever sums figures along the routes shares the unit out by a key or refuses to sum it.
 */
@Service
@Transactional(readOnly = true)
public class UnitLineage {

    /** More steps than any real chain has: a cycle entered by mistake ends here instead of looping. */
    private static final int MAX_STEPS = 20;

    /** A division on a route: the unit divided, the part this route follows, and all its parts. */
    public record Division(long dividedId, long partId, List<Long> partIds) {
    }

    /**
     * How a unit reaches a unit on the day: the destination (the unit itself when it is still in force, or when
     * it ended with no successor recorded: then ended is true) and the divisions passed on the way.
     */
    public record Route(long sourceId, AdministrativeUnit destination, List<Division> divisions, boolean ended) {

        public boolean divided() {
            return !divisions.isEmpty();
        }
    }

    private final UnitLineageStore store;
    private final Units units;

    UnitLineage(UnitLineageStore store, Units units) {
        this.store = store;
        this.units = units;
    }

    /** The routes of each unit to the units in force on the day, by unit id in the order given. */
    public Map<Long, List<Route>> routes(Collection<Long> unitIds, LocalDate day) {
        Map<Long, List<Route>> routes = new LinkedHashMap<>();
        Map<Long, AdministrativeUnit> known = new HashMap<>(units.byIds(unitIds));
        List<Route> open = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(unitIds)) {
            routes.put(id, new ArrayList<>());
            if (known.containsKey(id)) {
                open.add(new Route(id, known.get(id), List.of(), false));
            }
        }
        for (int step = 0; step <= MAX_STEPS && !open.isEmpty(); step++) {
            open = advance(open, day, known, routes);
        }
        return routes;
    }

    /** One generation: routes at a unit in force are done, the others step to the unit's successors. */
    private List<Route> advance(List<Route> open, LocalDate day, Map<Long, AdministrativeUnit> known,
            Map<Long, List<Route>> done) {
        Set<Long> at = open.stream().map(r -> r.destination().id()).collect(Collectors.toSet());
        Map<Long, List<UnitLineageStore.Step>> steps = store.stepsFrom(at, day).stream()
                .collect(Collectors.groupingBy(UnitLineageStore.Step::predecessorId));
        Set<Long> next = steps.values().stream().flatMap(List::stream).map(UnitLineageStore.Step::successorId)
                .filter(id -> !known.containsKey(id)).collect(Collectors.toSet());
        known.putAll(units.byIds(next));
        List<Route> moved = new ArrayList<>();
        for (Route route : open) {
            AdministrativeUnit unit = route.destination();
            List<UnitLineageStore.Step> out = steps.getOrDefault(unit.id(), List.of());
            if (unit.validOn(day) || out.isEmpty()) {
                done.get(route.sourceId()).add(new Route(route.sourceId(), unit, route.divisions(), !unit.validOn(day)));
            } else {
                moved.addAll(follow(route, out, known));
            }
        }
        return moved;
    }

    private static List<Route> follow(Route route, List<UnitLineageStore.Step> out, Map<Long, AdministrativeUnit> known) {
        List<Long> parts = out.stream().map(UnitLineageStore.Step::successorId).toList();
        boolean divided = parts.size() > 1 || out.stream().anyMatch(s -> SuccessionKind.SPLIT.name().equals(s.kind()));
        List<Route> next = new ArrayList<>();
        for (UnitLineageStore.Step step : out) {
            List<Division> divisions = new ArrayList<>(route.divisions());
            if (divided) {
                divisions.add(new Division(step.predecessorId(), step.successorId(), parts));
            }
            next.add(new Route(route.sourceId(), known.get(step.successorId()), List.copyOf(divisions), false));
        }
        return next;
    }
}

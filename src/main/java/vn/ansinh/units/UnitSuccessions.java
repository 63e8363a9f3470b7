package vn.ansinh.units;

import java.util.List;

import org.springframework.stereotype.Service;

import vn.ansinh.units.internal.UnitSuccessionStore;

/** How units follow one another: a unit's predecessors and successors, each with the day and kind of the event. */
@Service
public class UnitSuccessions {

    private final UnitSuccessionStore store;
    private final Units units;

    UnitSuccessions(UnitSuccessionStore store, Units units) {
        this.store = store;
        this.units = units;
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

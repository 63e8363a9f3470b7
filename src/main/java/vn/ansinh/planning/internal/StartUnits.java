package vn.ansinh.planning.internal;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ansinh.annex.AnnexRow;
import vn.ansinh.partners.PartnerOrganisation;
import vn.ansinh.partners.Partners;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.UnitLink;
import vn.ansinh.units.UnitSuccessions;
import vn.ansinh.units.Units;

/**
 * The units and organisations a programme started for a unit is made of: its children in force on
 * 1 January of the year (a commune's villages, a province's communes), a former row's unit followed
 * through succession to the units that bear its households that day, and the unit's own organisations
 * in place of another unit's of the same kind.
 */
@Component
public class StartUnits {

    private final Units units;
    private final UnitSuccessions successions;
    private final Partners partners;

    StartUnits(Units units, UnitSuccessions successions, Partners partners) {
        this.units = units;
        this.successions = successions;
        this.partners = partners;
    }

    /** The unit's children in force on 1 January of the year, as numbered rows. */
    public List<AnnexRow> childRows(long unitId, int year) {
        LocalDate day = LocalDate.of(year, 1, 1);
        return numbered(units.members(unitId, year).stream().filter(u -> u.validOn(day)).toList());
    }

    /**
     * The rows of another programme mapped through succession: each row's unit, or the units that followed
     * it, in force on 1 January of the year and lying in the unit (itself or below it); each unit once.
     */
    public List<AnnexRow> mappedRows(List<AnnexRow> former, long unitId, int year) {
        LocalDate day = LocalDate.of(year, 1, 1);
        Set<Long> within = units.withDescendants(unitId);
        Map<Long, AdministrativeUnit> found = new LinkedHashMap<>();
        for (AnnexRow row : former) {
            units.byId(row.unitId()).ifPresent(u -> inForce(u, day).stream()
                    .filter(s -> within.contains(s.id())).forEach(s -> found.putIfAbsent(s.id(), s)));
        }
        return numbered(new ArrayList<>(found.values()));
    }

    /** The units that bear a unit's place on the day: itself while in force, else its successors, step by step. */
    List<AdministrativeUnit> inForce(AdministrativeUnit unit, LocalDate day) {
        List<AdministrativeUnit> found = new ArrayList<>();
        Deque<AdministrativeUnit> pending = new ArrayDeque<>(List.of(unit));
        Set<Long> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            AdministrativeUnit next = pending.pop();
            if (!seen.add(next.id())) {
                continue;
            }
            if (next.validOn(day)) {
                found.add(next);
            } else {
                successions.successors(next.id()).stream().map(UnitLink::unit).forEach(pending::add);
            }
        }
        return found;
    }

    /**
     * For every organisation of another unit, the organisation of the same kind at this unit (its Front, its
     * associations), where it has one.
     */
    public Map<Long, Long> organisationsFor(long unitId) {
        Map<Object, Long> own = new LinkedHashMap<>();
        List<PartnerOrganisation> all = partners.all();
        all.stream().filter(o -> o.unitId() == unitId).forEach(o -> own.putIfAbsent(o.kind(), o.id()));
        Map<Long, Long> mapped = new LinkedHashMap<>();
        all.stream().filter(o -> o.unitId() != unitId && own.containsKey(o.kind()))
                .forEach(o -> mapped.put(o.id(), own.get(o.kind())));
        return mapped;
    }

    /** The unit's own organisations, top level first: the parties that sign its programme. */
    public List<PartnerOrganisation> organisationsOf(long unitId) {
        return partners.all().stream().filter(o -> o.unitId() == unitId && o.parentId() == null).toList();
    }

    /** The unit's predecessors (every step back), nearest first: whose programmes a successor may start from. */
    public List<AdministrativeUnit> predecessors(long unitId) {
        List<AdministrativeUnit> found = new ArrayList<>();
        Deque<Long> pending = new ArrayDeque<>(List.of(unitId));
        Set<Long> seen = new HashSet<>(List.of(unitId));
        while (!pending.isEmpty()) {
            for (UnitLink link : successions.predecessors(pending.removeFirst())) {
                if (seen.add(link.unit().id())) {
                    found.add(link.unit());
                    pending.add(link.unit().id());
                }
            }
        }
        return found;
    }

    private static List<AnnexRow> numbered(List<AdministrativeUnit> rows) {
        List<AnnexRow> numbered = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            numbered.add(new AnnexRow(rows.get(i).id(), String.valueOf(i + 1), rows.get(i).name()));
        }
        return numbered;
    }
}

package vn.ansinh.units.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.UnitImportChange;
import vn.ansinh.units.UnitListRow;

/**
 * What a unit list changes on its effective day, against the units that bear GSO codes: each row's code is looked
 * up among the units valid that day; one found alike (name, kind, parent's code and parent's version) is unchanged,
 * one found otherwise changes, none found is created; a unit valid that day whose code the list lacks ends the day
 * before. Importing the same list again with the same day therefore finds everything unchanged.
 */
public final class UnitImportPlan {

    /** A row and the unit valid on the day that bears its code (null: none, it is created). */
    public record Step(UnitListRow row, AdministrativeUnit current, UnitImportChange change) {
    }

    private final List<Step> steps;
    private final List<AdministrativeUnit> ended;
    private final int unchanged;

    private UnitImportPlan(List<Step> steps, List<AdministrativeUnit> ended, int unchanged) {
        this.steps = steps;
        this.ended = ended;
        this.unchanged = unchanged;
    }

    public static UnitImportPlan of(List<UnitListRow> rows, Collection<AdministrativeUnit> coded, LocalDate effective) {
        Map<String, AdministrativeUnit> valid = new HashMap<>();
        Map<Long, AdministrativeUnit> byId = new HashMap<>();
        for (AdministrativeUnit unit : coded) {
            byId.put(unit.id(), unit);
            if (unit.validOn(effective)) {
                valid.put(unit.gsoCode(), unit);
            }
        }
        Map<String, Boolean> versioned = new HashMap<>();
        List<Step> steps = new ArrayList<>();
        int unchanged = 0;
        for (UnitListRow row : rows) {
            AdministrativeUnit current = valid.get(row.gsoCode());
            UnitImportChange change = change(row, current, byId, versioned);
            versioned.put(row.gsoCode(), change != null);
            steps.add(new Step(row, current, change));
            unchanged += change == null ? 1 : 0;
        }
        Set<String> listed = rows.stream().map(UnitListRow::gsoCode).collect(Collectors.toSet());
        List<AdministrativeUnit> ended = valid.values().stream().filter(u -> !listed.contains(u.gsoCode()))
                .sorted(java.util.Comparator.comparing(AdministrativeUnit::id)).toList();
        return new UnitImportPlan(steps, ended, unchanged);
    }

    /** Null when the unit stays as it is; a parent given a new version by this list moves its children with it. */
    private static UnitImportChange change(UnitListRow row, AdministrativeUnit current, Map<Long, AdministrativeUnit> byId,
            Map<String, Boolean> versioned) {
        if (current == null) {
            return new UnitImportChange(UnitImportChange.Kind.CREATED, row.gsoCode(), null, row.fullName(), false, false,
                    false);
        }
        AdministrativeUnit parent = current.parentId() == null ? null : byId.get(current.parentId());
        String parentGso = parent == null ? null : parent.gsoCode();
        boolean renamed = !current.name().equals(row.name());
        boolean moved = !Objects.equals(parentGso, row.parentGso())
                || row.parentGso() != null && versioned.getOrDefault(row.parentGso(), false);
        boolean kindChanged = current.kind() != row.kind();
        if (!renamed && !moved && !kindChanged) {
            return null;
        }
        return new UnitImportChange(UnitImportChange.Kind.CHANGED, row.gsoCode(), current.name(), row.fullName(), renamed,
                moved, kindChanged);
    }

    public List<Step> steps() {
        return steps;
    }

    public List<AdministrativeUnit> ended() {
        return ended;
    }

    public int unchanged() {
        return unchanged;
    }

    /** Every change, in the list's order, then the units ended. */
    public List<UnitImportChange> changes() {
        List<UnitImportChange> changes = new ArrayList<>(steps.stream().map(Step::change).filter(Objects::nonNull).toList());
        ended.forEach(u -> changes.add(new UnitImportChange(UnitImportChange.Kind.ENDED, u.gsoCode(), u.name(), null, false,
                false, false)));
        return changes;
    }
}

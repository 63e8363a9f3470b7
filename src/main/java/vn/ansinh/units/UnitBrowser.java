package vn.ansinh.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * The unit tree as an administrator reads it on a chosen day. A tree of a few hundred units is shown whole; a
 * national one (more than {@link #WHOLE} units) one level at a time, from the top down to the unit being looked
 * into, and searched by name (with or without accents) or by code.
 */
@Service
public class UnitBrowser {

    /** Up to this many units the tree is shown whole. */
    public static final int WHOLE = 500;
    /** At most this many units a search shows. */
    public static final int FOUND = 100;

    private final Units units;

    UnitBrowser(Units units) {
        this.units = units;
    }

    /** The tree on the day: whole, or the path to the unit looked into with the units directly below each step. */
    public UnitView view(LocalDate day, Long within) {
        List<AdministrativeUnit> all = units.all();
        if (all.size() <= WHOLE) {
            return new UnitView(Units.treeOf(all), List.of(), true);
        }
        Map<Long, AdministrativeUnit> byId = new HashMap<>();
        Map<Long, List<AdministrativeUnit>> children = new HashMap<>();
        for (AdministrativeUnit unit : all) {
            byId.put(unit.id(), unit);
            if (unit.validOn(day)) {
                children.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(unit);
            }
        }
        List<AdministrativeUnit> path = path(within == null ? null : byId.get(within), byId);
        List<UnitInTree> shown = new ArrayList<>();
        below(null, 0, path, children, shown);
        return new UnitView(shown, path, false);
    }

    /** The units valid on the day whose name (accents or not) contains the words, or whose code starts with them. */
    public List<UnitView.Found> search(String words, LocalDate day) {
        String plain = UnitNameMatcher.withoutMarks(UnitNameMatcher.withoutPrefix(words));
        List<AdministrativeUnit> all = units.all();
        Map<Long, AdministrativeUnit> byId = new HashMap<>();
        all.forEach(u -> byId.put(u.id(), u));
        return all.stream().filter(u -> u.validOn(day))
                .filter(u -> u.code().startsWith(words.strip()) || u.gsoCode() != null && u.gsoCode().startsWith(words.strip())
                        || UnitNameMatcher.withoutMarks(u.name().toLowerCase(java.util.Locale.ROOT)).contains(plain))
                .sorted(Comparator.comparing(AdministrativeUnit::name)).limit(FOUND)
                .map(u -> new UnitView.Found(u, path(byId.get(u.parentId()), byId))).toList();
    }

    private static List<AdministrativeUnit> path(AdministrativeUnit unit, Map<Long, AdministrativeUnit> byId) {
        List<AdministrativeUnit> path = new ArrayList<>();
        for (AdministrativeUnit at = unit; at != null && path.size() < 10; at = byId.get(at.parentId())) {
            path.add(0, at);
        }
        return path;
    }

    private static void below(Long parentId, int depth, List<AdministrativeUnit> path,
            Map<Long, List<AdministrativeUnit>> children, List<UnitInTree> shown) {
        for (AdministrativeUnit unit : children.getOrDefault(parentId, List.of())) {
            shown.add(new UnitInTree(unit, depth));
            if (depth < path.size() && path.get(depth).id().equals(unit.id())) {
                below(unit.id(), depth + 1, path, children, shown);
            }
        }
    }
}

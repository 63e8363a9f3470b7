package vn.ansinh.planning.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import vn.ansinh.units.UnitInTree;

/**
 * The units a programme can be started for, chosen in two steps: the country holds 34 provinces and 3.321 communes
 * today, too many for one list on a phone. First the province (a unit at the top of the tree, in force today), then
 * the province itself or a unit below it. within: the province chosen, or the only one there is.
 */
record UnitChoice(List<UnitInTree> tops, Long within, List<UnitInTree> below) {

    /** From the whole tree: the units in force on the day that may run a programme (startable says which). */
    static UnitChoice of(List<UnitInTree> tree, LocalDate day, Predicate<UnitInTree> startable, Long within,
            Long selected) {
        Predicate<UnitInTree> open = e -> e.unit().validOn(day) && startable.test(e);
        List<UnitInTree> tops = tree.stream().filter(e -> e.depth() == 0 && open.test(e)).toList();
        Long chosen = within != null ? within : selected != null ? topAbove(tree, selected) : null;
        if (chosen == null && tops.size() == 1) {
            chosen = tops.get(0).unit().id();
        }
        return new UnitChoice(tops, chosen, chosen == null ? List.of() : subtree(tree, chosen).stream().filter(open).toList());
    }

    /** The unit and those below it: in reading order they follow it until the tree comes back to its depth. */
    private static List<UnitInTree> subtree(List<UnitInTree> tree, long top) {
        List<UnitInTree> found = new ArrayList<>();
        int depth = -1;
        for (UnitInTree e : tree) {
            if (depth >= 0 && e.depth() <= depth) {
                break;
            }
            if (depth >= 0 || e.unit().id() == top) {
                depth = depth >= 0 ? depth : e.depth();
                found.add(e);
            }
        }
        return found;
    }

    private static Long topAbove(List<UnitInTree> tree, long unit) {
        Long top = null;
        for (UnitInTree e : tree) {
            top = e.depth() == 0 ? e.unit().id() : top;
            if (e.unit().id() == unit) {
                return top;
            }
        }
        return null;
    }
}

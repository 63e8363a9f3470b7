package vn.ansinh.shared;

import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Trees kept as a parent id on each record: units, and organisations with their branches. */
public final class ParentChains {

    private ParentChains() {
    }

    /**
     * Whether the record id is the given parent or one of its ancestors: making parentId the
     * parent of id would then close a cycle. parentOf gives a record's parent id, or null at the top.
     */
    public static boolean wouldCycle(long id, long parentId, UnaryOperator<Long> parentOf) {
        Set<Long> seen = new HashSet<>();
        for (Long current = parentId; current != null && seen.add(current); current = parentOf.apply(current)) {
            if (current == id) {
                return true;
            }
        }
        return false;
    }
}

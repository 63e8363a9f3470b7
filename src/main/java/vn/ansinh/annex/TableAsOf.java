package vn.ansinh.annex;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A table of an earlier year under the units in force on a day: each row a unit of that day summing the counts of
 * the rows it holds (rates computed again from the sums). predecessors: by row unit, the rows of the table it holds;
 * notComparable: the row units holding part of a divided unit that no key shared out (those parts are not counted).
 */
public record TableAsOf(ComputedTable table, LocalDate asOf, SplitKey key, Map<Long, List<Predecessor>> predecessors,
        Set<Long> notComparable) {

    /**
     * A row of the original table held by a row of this one: its unit and label as printed; share is the part of
     * it counted here (1 unless divided), null when divided and not counted for want of a key.
     */
    public record Predecessor(long unitId, String label, java.math.BigDecimal share) {

        public boolean counted() {
            return share != null;
        }
    }

    public List<Predecessor> predecessorsOf(Long unitId) {
        return unitId == null ? List.of() : predecessors.getOrDefault(unitId, List.of());
    }

    public boolean comparable(Long unitId) {
        return unitId == null || !notComparable.contains(unitId);
    }
}

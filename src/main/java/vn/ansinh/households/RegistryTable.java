package vn.ansinh.households;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import vn.ansinh.annex.ComputedTable;

/**
 * An annex table with the rows of communes whose registry is filled in computed from their
 * households, beside the table as entered; differences: where the two disagree, input by input.
 */
public record RegistryTable(ComputedTable registry, ComputedTable entered, Set<Long> fromRegistry,
        List<Difference> differences) {

    /** An input of a commune: the figure entered for the programme and the one its registry gives. */
    public record Difference(long unitId, String unit, String column, String label, BigDecimal entered,
            BigDecimal registry) {
    }
}

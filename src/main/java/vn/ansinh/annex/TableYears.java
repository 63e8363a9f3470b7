package vn.ansinh.annex;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.ansinh.shared.Fraction;

/**
 * One column of a table through the years, per unit in force on a day: each year's table regrouped under that day's
 * units (see {@link TableAsOf}), so 2019's poverty rate and today's read side by side across the reform. choices: the
 * numeric columns one may follow instead.
 */
public record TableYears(String code, String title, LocalDate asOf, ComputedColumn column, List<ComputedColumn> choices,
        List<Integer> years, List<UnitYears> rows) {

    /** A unit of the day: its value each year it has one; notComparable: the years its row was not comparable. */
    public record UnitYears(long unitId, String label, Map<Integer, Fraction> values, Set<Integer> notComparable) {

        public Fraction value(int year) {
            return values.get(year);
        }

        public boolean comparable(int year) {
            return !notComparable.contains(year);
        }
    }
}

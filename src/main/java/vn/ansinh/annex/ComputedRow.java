package vn.ansinh.annex;

import java.util.Map;

import vn.ansinh.shared.Fraction;

/** A row with every numeric column's exact value; unitId is null on the total row. */
public record ComputedRow(int position, Long unitId, String ordinal, String label, Map<String, Fraction> values) {

    public Fraction value(String column) {
        return values.get(column);
    }

    public boolean isTotal() {
        return position == PrintedCell.TOTAL_ROW;
    }
}

package vn.ansinh.annex.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.ansinh.annex.ComputedRow;
import vn.ansinh.annex.TableAsOf;
import vn.ansinh.shared.VietnameseNumbers;

/**
 * A table under the units of a day, for the page: the table as printed (never editable: its rows are not the rows
 * entered) and, beside each row, the rows of the table's year it holds and whether it is comparable.
 */
record AsOfView(TableView table, LocalDate asOf, List<RowNote> notes, boolean anyNotComparable) {

    /** What a row holds; comparable false when part of a divided unit went to it uncounted. */
    record RowNote(List<Held> held, boolean comparable) {
    }

    /** A row held: its label; percent the part counted ("25" for a quarter), none when whole; counted false if not. */
    record Held(String label, String percent, boolean counted) {

        static Held of(TableAsOf.Predecessor p) {
            boolean whole = p.share() != null && p.share().compareTo(BigDecimal.ONE) == 0;
            String percent = p.share() == null || whole ? null : percentOf(p.share());
            return new Held(p.label(), percent, p.counted());
        }
    }

    /** A share as a percentage, with decimals only where it has them: «75», «33,33». */
    static String percentOf(BigDecimal share) {
        return VietnameseNumbers.formatAmount(share.movePointRight(2));
    }

    static AsOfView of(TableAsOf asOf, String subtitle) {
        TableView table = TableView.of(asOf.table(), subtitle);
        List<RowNote> notes = asOf.table().rows().stream().map(ComputedRow::unitId)
                .map(id -> new RowNote(asOf.predecessorsOf(id).stream().map(Held::of).toList(), asOf.comparable(id)))
                .toList();
        return new AsOfView(table, asOf.asOf(), notes, !asOf.notComparable().isEmpty());
    }
}

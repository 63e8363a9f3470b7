package vn.ansinh.households.internal.importing;

import java.util.Optional;
import java.util.function.Function;

import vn.ansinh.households.HouseholdStatus;
import vn.ansinh.poverty.Classification;
import vn.ansinh.shared.lists.TabularRow;

/**
 * The classification of the year a household list gives: on the household's first row, by the rules of Biểu 2's
 * groups (a group and a reason only for the poor that fit them); a later row may leave it blank or say the same.
 */
final class StatusCells {

    /** The cells of the row being read and where its problems go, as the list's reader keeps them. */
    interface Cells {

        String cell(TabularRow row, ListColumn column);

        void problem(TabularRow row, ListColumn column, String code, Object... arguments);
    }

    private StatusCells() {
    }

    static void read(TabularRow row, ParsedHousehold h, boolean first, Cells cells) {
        String classification = cells.cell(row, ListColumn.CLASSIFICATION);
        if (!first && classification.isEmpty()) {
            return;
        }
        if (classification.isEmpty()) {
            if (!cells.cell(row, ListColumn.CATEGORY).isEmpty() || !cells.cell(row, ListColumn.REASON).isEmpty()) {
                cells.problem(row, ListColumn.CLASSIFICATION, "householdList.required");
            }
            return;
        }
        Optional<Classification> parsed = ListValues.classification(classification);
        Optional<Integer> year = ListValues.year(cells.cell(row, ListColumn.YEAR));
        var category = optional(row, ListColumn.CATEGORY, ListValues::category, "householdList.category", cells);
        var reason = optional(row, ListColumn.REASON, ListValues::reason, "householdList.reason", cells);
        if (parsed.isEmpty()) {
            cells.problem(row, ListColumn.CLASSIFICATION, "householdList.classification", classification);
        }
        if (year.isEmpty()) {
            cells.problem(row, ListColumn.YEAR, "householdList.year", cells.cell(row, ListColumn.YEAR));
        }
        if (parsed.isEmpty() || year.isEmpty() || category == null || reason == null) {
            return;
        }
        HouseholdStatus status = new HouseholdStatus(year.get(), parsed.get(), category.orElse(null), reason.orElse(null), null);
        if (!first && !status.equals(h.status)) {
            cells.problem(row, ListColumn.CLASSIFICATION, "householdList.household.differs", h.code);
        } else if (first && status.problem() != null) {
            cells.problem(row, ListColumn.CLASSIFICATION, status.problem());
        } else {
            h.status = status;
        }
    }

    /** Empty for a blank cell; null (and a problem) for a value not of the choices. */
    private static <T> Optional<T> optional(TabularRow row, ListColumn column, Function<String, Optional<T>> parse,
            String problem, Cells cells) {
        String text = cells.cell(row, column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> value = parse.apply(text);
        if (value.isEmpty()) {
            cells.problem(row, column, problem, text);
            return null;
        }
        return value;
    }
}

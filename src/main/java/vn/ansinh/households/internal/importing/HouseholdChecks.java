package vn.ansinh.households.internal.importing;

import vn.ansinh.households.Household;
import vn.ansinh.households.internal.HouseholdRules;
import vn.ansinh.shared.FieldProblems;

/**
 * The checks of a household once all its rows are read: one head, and what the registry asks of any
 * household (the rules forms and the API use), each problem given the row and column it came from.
 */
final class HouseholdChecks {

    /** Where a problem is said: the row, the list's column (null: none), the message. */
    interface Reporter {

        void problem(int row, ListColumn column, String code, Object... arguments);
    }

    private HouseholdChecks() {
    }

    static void check(ParsedHousehold h, Reporter reporter) {
        long heads = h.members.stream().filter(ParsedMember::head).count();
        if (heads != 1) {
            reporter.problem(h.firstRow, ListColumn.RELATION, heads == 0 ? "householdList.head.none"
                    : "householdList.head.many", h.code);
        }
        FieldProblems found = HouseholdRules.check(normalized(h), false);
        found.byField().forEach((field, p) -> {
            // Sex and area are said where the row is read, the head by the count above; a code taken is no
            // problem here: the household is changed.
            boolean saidAlready = field.endsWith(".sex") || field.equals("area") || field.equals("headName");
            if (!saidAlready && !(field.equals("code") && p.key().equals("catalogue.code.taken"))) {
                int index = field.startsWith("members[") ? Integer.parseInt(field.substring(8, field.indexOf(']'))) : -1;
                int row = index < 0 ? h.firstRow : h.rowOfOrdered(index);
                reporter.problem(row, columnOf(field), p.key(), p.arguments().toArray());
            }
        });
    }

    private static Household normalized(ParsedHousehold h) {
        Household household = h.toHousehold();
        return new Household(null, household.unitId(), household.code(), household.village(),
                household.headName() == null ? "" : household.headName(), household.address(), household.ethnicity(),
                household.phone() == null ? null : household.phone().replaceAll("[\\s.]", ""), household.area(),
                household.members());
    }

    /** The list's column a field of the registry's rules is read from. */
    private static ListColumn columnOf(String field) {
        String name = field.contains(".") ? field.substring(field.indexOf('.') + 1) : field;
        return switch (name) {
            case "code" -> ListColumn.HOUSEHOLD_CODE;
            case "headName", "fullName" -> ListColumn.NAME;
            case "phone" -> ListColumn.PHONE;
            case "village" -> ListColumn.VILLAGE;
            case "address" -> ListColumn.ADDRESS;
            case "ethnicity" -> ListColumn.ETHNICITY;
            case "area" -> ListColumn.AREA;
            case "sex" -> ListColumn.SEX;
            case "relation" -> ListColumn.RELATION;
            case "citizenId" -> ListColumn.CITIZEN_ID;
            case "education" -> ListColumn.EDUCATION;
            case "employment" -> ListColumn.EMPLOYMENT;
            default -> null;
        };
    }
}

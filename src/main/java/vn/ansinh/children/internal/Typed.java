package vn.ansinh.children.internal;

import java.math.BigDecimal;
import java.util.function.Predicate;

import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.VietnameseNumbers;
import vn.ansinh.shared.AccessScope;

/** The checks the children's forms share: a commune the user writes, a year, a whole number within a range. */
final class Typed {

    /** A year an assessment or a count may be of. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private Typed() {
    }

    /** The commune, when given and one the user writes (isCommune says which units are communes). */
    static void commune(FieldProblems problems, Long unitId, AccessScope scope, Predicate<Long> isCommune) {
        if (unitId == null) {
            problems.add("unitId", "catalogue.required");
        } else if (!scope.canWrite(unitId) || !isCommune.test(unitId)) {
            problems.add("unitId", "children.unit.notYours");
        }
    }

    static Integer year(FieldProblems problems, String text) {
        return whole(problems, "year", text, FIRST_YEAR, LAST_YEAR, "children.year.invalid");
    }

    /** A whole number from least to most as typed ("1.234"), or null with the problem (key takes the text). */
    static Integer whole(FieldProblems problems, String field, String text, int least, int most, String key) {
        if (text == null || text.isBlank()) {
            problems.add(field, "catalogue.required");
            return null;
        }
        BigDecimal value = VietnameseNumbers.parse(text).orElse(null);
        if (value == null || value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(least)) < 0
                || value.compareTo(BigDecimal.valueOf(most)) > 0) {
            problems.add(field, key, text.strip());
            return null;
        }
        return value.intValueExact();
    }
}

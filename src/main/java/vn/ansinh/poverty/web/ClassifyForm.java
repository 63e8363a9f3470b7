package vn.ansinh.poverty.web;

import java.math.BigDecimal;
import java.util.List;

import vn.ansinh.poverty.Area;
import vn.ansinh.poverty.ClassificationRequest;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.VietnameseNumbers;

/**
 * A household classified on the standards page, as typed: the review year, the area, the income as written
 * (1.200.000) and the deprivations ticked. Kept as typed, so a refused form comes back as it was sent; the
 * standard's form names its fields with its id ("income-3"), since the page holds one form per standard.
 */
record ClassifyForm(Integer year, Area area, String income, List<String> deprivations) {

    /** The empty form of a standard: its first year, no area, income or deprivation chosen. */
    static ClassifyForm of(int firstYear) {
        return new ClassifyForm(firstYear, null, null, List.of());
    }

    /** What the form alone can tell is wrong, by field: a year, an area, an income that is a number. */
    FieldProblems problems(long standard) {
        FieldProblems problems = new FieldProblems().required(field("year", standard), year)
                .required(field("area", standard), area).required(field("income", standard), income);
        if (income != null && VietnameseNumbers.parse(income).isEmpty()) {
            problems.add(field("income", standard), "poverty.income.notNumber", income);
        }
        return problems;
    }

    /** The request; call after {@link #problems} found nothing. */
    ClassificationRequest request() {
        BigDecimal amount = VietnameseNumbers.parse(income).orElseThrow();
        return new ClassificationRequest(year, area, amount, deprivations == null ? List.of() : deprivations);
    }

    /** A field of the standard's form: "income-3". */
    static String field(String name, long standard) {
        return name + "-" + standard;
    }
}

package vn.ansinh.annex.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import vn.ansinh.annex.SplitKey;
import vn.ansinh.annex.SplitRefusedException;
import vn.ansinh.shared.FieldProblems;

/**
 * The choice above a table: the day whose units the table is shown under (none: as entered) and the key that
 * shares out a divided unit (none: its parts are marked not comparable). Read once, problems beside the fields.
 */
record AsOfForm(String asOf, String split) {

    boolean chosen() {
        return asOf != null || split != null;
    }

    FieldProblems problems() {
        FieldProblems problems = new FieldProblems();
        if (asOf == null) {
            problems.add("asOf", "annex.asOf.missing");
        } else if (day().isEmpty()) {
            problems.add("asOf", "annex.asOf.invalid");
        }
        try {
            SplitKey.parse(split);
        } catch (SplitRefusedException e) {
            problems.add("split", e.code(), e.arguments().toArray());
        }
        return problems;
    }

    Optional<LocalDate> day() {
        try {
            return asOf == null ? Optional.empty() : Optional.of(LocalDate.parse(asOf));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    SplitKey key() {
        return SplitKey.parse(split).orElse(null);
    }
}

package vn.ansinh.households.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import vn.ansinh.shared.FieldProblems;

/** The day whose units the registry's tables are shown under (none: the units of the programme's rows). */
record RegistryAsOfForm(String asOf) {

    boolean chosen() {
        return asOf != null && !asOf.isBlank();
    }

    FieldProblems problems() {
        FieldProblems problems = new FieldProblems();
        if (chosen() && day().isEmpty()) {
            problems.add("asOf", "annex.asOf.invalid");
        }
        return problems;
    }

    Optional<LocalDate> day() {
        try {
            return chosen() ? Optional.of(LocalDate.parse(asOf.strip())) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

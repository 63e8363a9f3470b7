package vn.ansinh.responsibility.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.ansinh.responsibility.Department;
import vn.ansinh.responsibility.Responsibility;
import vn.ansinh.responsibility.ResponsibilityDraft;
import vn.ansinh.shared.Dates;
import vn.ansinh.shared.FieldProblems;

/**
 * Checks a new period against the ones there: a department code names one department only, and two periods of
 * the same domain (or the same indicator) never overlap — except the open-ended one it follows, which the
 * service ends the day before.
 */
public final class ResponsibilityRules {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]+");

    private final FieldProblems problems = new FieldProblems();

    public FieldProblems problems() {
        return problems;
    }

    /** The period to add (id 0), when all of the draft is right. */
    public Optional<Responsibility> check(ResponsibilityDraft d, List<Responsibility> existing) {
        problems.required("domain", d.domain());
        String indicator = blankToNull(d.indicatorCode());
        if (indicator != null && (indicator.length() > 40 || !CODE.matcher(indicator).matches())) {
            problems.add("indicatorCode", "responsibility.code.pattern", 40);
        }
        problems.text("departmentCode", d.departmentCode(), 20).text("departmentName", d.departmentName(), 200)
                .text("departmentNameEn", d.departmentNameEn(), 200);
        String code = d.departmentCode() == null ? "" : d.departmentCode().strip();
        if (!problems.has("departmentCode") && !CODE.matcher(code).matches()) {
            problems.add("departmentCode", "responsibility.code.pattern", 20);
        }
        if (d.legalBasis() != null && d.legalBasis().strip().length() > 300) {
            problems.add("legalBasis", "catalogue.tooLong", 300);
        }
        LocalDate from = day("validFrom", d.validFrom(), true);
        LocalDate to = day("validTo", d.validTo(), false);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add("validTo", "responsibility.toBeforeFrom", Dates.shown(from));
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        Department department = new Department(code, d.departmentName().strip(), d.departmentNameEn().strip());
        sameCodeOtherName(department, existing);
        Responsibility added = new Responsibility(0, d.domain(), indicator, department, from, to,
                blankToNull(d.legalBasis()));
        overlapping(added, existing).ifPresent(o -> problems.add("validFrom", "responsibility.overlaps",
                o.department().name() + " (" + (o.validFrom() == null ? "…" : Dates.shown(o.validFrom())) + " – "
                        + (o.validTo() == null ? "…" : Dates.shown(o.validTo())) + ")"));
        return problems.isEmpty() ? Optional.of(added) : Optional.empty();
    }

    /** The open-ended period of the same scope that began before the added one: it ends the day before. */
    public static Optional<Responsibility> followed(Responsibility added, List<Responsibility> existing) {
        return existing.stream().filter(r -> r.sameScope(added.domain(), added.indicatorCode()) && r.validTo() == null
                && (r.validFrom() == null || r.validFrom().isBefore(added.validFrom()))).findFirst();
    }

    private static Optional<Responsibility> overlapping(Responsibility added, List<Responsibility> existing) {
        Optional<Responsibility> followed = followed(added, existing);
        return existing.stream().filter(r -> r.sameScope(added.domain(), added.indicatorCode()))
                .filter(r -> followed.isEmpty() || r.id() != followed.get().id())
                .filter(r -> r.overlaps(added.validFrom(), added.validTo())).findFirst();
    }

    private void sameCodeOtherName(Department department, List<Responsibility> existing) {
        existing.stream().map(Responsibility::department)
                .filter(o -> o.code().equals(department.code()) && !o.name().equals(department.name())).findFirst()
                .ifPresent(o -> problems.add("departmentName", "responsibility.codeNamesOther", o.name()));
    }

    private LocalDate day(String field, String text, boolean required) {
        Dates.Reading reading = Dates.read(text);
        if (!reading.ok()) {
            problems.add(field, reading.problem(), text);
        } else if (required && reading.date() == null) {
            problems.add(field, "catalogue.required");
        }
        return reading.date();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

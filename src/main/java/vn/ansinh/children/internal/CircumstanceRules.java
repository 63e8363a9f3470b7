package vn.ansinh.children.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;

import vn.ansinh.children.ChildCase;
import vn.ansinh.children.ChildCaseDraft;
import vn.ansinh.children.SpecialCount;
import vn.ansinh.children.SpecialCountDraft;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Dates;
import vn.ansinh.shared.FieldProblems;

/**
 * Checks a count of children in special circumstances (a group, whole numbers, no more supported than children) and
 * a case of abuse or an accident (a day not after today, a kind, a child under 16 — Luật Trẻ em: a child is a person
 * under sixteen —, a sex, how it was handled); both in a commune the user writes.
 */
public final class CircumstanceRules {

    /** More children of one group than any commune has: a typo of extra digits is caught. */
    private static final int MOST_CHILDREN = 100_000;
    private static final int OLDEST = 15;
    private static final int HANDLING_LENGTH = 500;

    private final FieldProblems problems = new FieldProblems();
    private final AccessScope scope;
    private final Predicate<Long> isCommune;

    public CircumstanceRules(AccessScope scope, Predicate<Long> isCommune) {
        this.scope = scope;
        this.isCommune = isCommune;
    }

    public FieldProblems problems() {
        return problems;
    }

    public Optional<SpecialCount> check(SpecialCountDraft d) {
        Typed.commune(problems, d.unitId(), scope, isCommune);
        Integer year = Typed.year(problems, d.year());
        problems.required("group", d.group());
        Integer children = Typed.whole(problems, "children", d.children(), 0, MOST_CHILDREN, "children.count.invalid");
        Integer supported = Typed.whole(problems, "supported", d.supported(), 0, MOST_CHILDREN, "children.count.invalid");
        if (children != null && supported != null && supported > children) {
            problems.add("supported", "children.supported.tooMany", children);
        }
        return problems.isEmpty() ? Optional.of(new SpecialCount(d.unitId(), year, d.group(), children, supported))
                : Optional.empty();
    }

    public Optional<ChildCase> check(ChildCaseDraft d, LocalDate today) {
        Typed.commune(problems, d.unitId(), scope, isCommune);
        LocalDate day = day(d.occurredOn(), today);
        problems.required("kind", d.kind()).required("sex", d.sex()).text("handling", d.handling(), HANDLING_LENGTH);
        Integer age = Typed.whole(problems, "age", d.age(), 0, OLDEST, "children.age.invalid");
        return problems.isEmpty()
                ? Optional.of(new ChildCase(0, d.unitId(), day, d.kind(), age, d.sex(), d.handling().strip()))
                : Optional.empty();
    }

    private LocalDate day(String text, LocalDate today) {
        Dates.Reading reading = Dates.read(text);
        if (!reading.ok()) {
            problems.add("occurredOn", reading.problem(), text);
        } else if (reading.date() == null) {
            problems.add("occurredOn", "catalogue.required");
        } else if (reading.date().isAfter(today) || reading.date().getYear() < Typed.FIRST_YEAR) {
            problems.add("occurredOn", "children.day.range", text.strip());
        }
        return reading.date();
    }
}

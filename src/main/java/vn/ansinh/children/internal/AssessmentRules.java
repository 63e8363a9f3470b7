package vn.ansinh.children.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import vn.ansinh.children.AssessmentDraft;
import vn.ansinh.children.CriteriaSet;
import vn.ansinh.children.Criterion;
import vn.ansinh.children.CriterionMark;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.FieldProblems;

/**
 * Checks an assessment as typed: a commune the user writes, a year with a criteria set in force on its 31 December,
 * and for each criterion of that set met, not met or blank (not assessed), with a note of at most 500 characters.
 * A problem of a criterion is said beside it (field "mark-" + its code or "note-" + its code).
 */
public final class AssessmentRules {

    private static final int NOTE_LENGTH = 500;

    private final FieldProblems problems = new FieldProblems();

    public FieldProblems problems() {
        return problems;
    }

    /** The marks to keep (a criterion left blank has none), when all of the draft is right. */
    public Optional<List<CriterionMark>> check(AssessmentDraft d, AccessScope scope, Predicate<Long> isCommune,
            Function<LocalDate, Optional<CriteriaSet>> setOn) {
        Typed.commune(problems, d.unitId(), scope, isCommune);
        Integer year = Typed.year(problems, d.year());
        Optional<CriteriaSet> set = year == null ? Optional.empty() : setOn.apply(LocalDate.of(year, 12, 31));
        if (year != null && set.isEmpty()) {
            problems.add("year", "children.year.noCriteria", d.year().strip());
        }
        List<CriterionMark> marks = new ArrayList<>();
        set.ifPresent(s -> s.criteria().forEach(c -> mark(d, c).ifPresent(marks::add)));
        return problems.isEmpty() ? Optional.of(marks) : Optional.empty();
    }

    private Optional<CriterionMark> mark(AssessmentDraft d, Criterion c) {
        String mark = d.mark(c.code()).strip();
        String note = d.note(c.code()).strip();
        if (note.length() > NOTE_LENGTH) {
            problems.add("note-" + c.code(), "catalogue.tooLong", NOTE_LENGTH);
        }
        if (mark.isEmpty()) {
            return Optional.empty();
        }
        if (!mark.equals("MET") && !mark.equals("NOT_MET")) {
            problems.add("mark-" + c.code(), "children.mark.invalid", mark);
            return Optional.empty();
        }
        return Optional.of(new CriterionMark(c.code(), mark.equals("MET"), note.isEmpty() ? null : note));
    }
}

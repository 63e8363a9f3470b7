package vn.ansinh.programme;

import java.util.List;
import java.util.Set;

import vn.ansinh.shared.FieldProblems;

/**
 * What a programme's text must hold: the document part a symbol and a title, a real date where given; the
 * signatories at least one, each with a known organisation and a label. Every text form sends its version.
 */
final class DocumentRules {

    private DocumentRules() {
    }

    static FieldProblems problems(DocumentEdit edit) {
        FieldProblems problems = version(edit.version());
        if (Paragraphs.clean(edit.symbol()).isEmpty()) {
            problems.add("symbol", "programme.edit.required");
        }
        if (Paragraphs.lines(edit.title()).isEmpty()) {
            problems.add("title", "programme.edit.required");
        }
        if (edit.day() != null && (edit.day() < 1 || edit.day() > 31)) {
            problems.add("day", "programme.edit.day");
        }
        if (edit.month() != null && (edit.month() < 1 || edit.month() > 12)) {
            problems.add("month", "programme.edit.month");
        }
        if (edit.year() == null || edit.year() < 1945 || edit.year() > 2100) {
            problems.add("year", "programme.edit.year");
        }
        boolean dateParts = !problems.has("day") && !problems.has("month") && !problems.has("year");
        if (dateParts && edit.day() != null && edit.month() != null
                && !java.time.YearMonth.of(edit.year(), edit.month()).isValidDay(edit.day())) {
            problems.add("day", "programme.edit.day");
        }
        return problems;
    }

    static FieldProblems problems(SectionEdit edit) {
        FieldProblems problems = version(edit.version());
        return Paragraphs.clean(edit.heading()).isEmpty() ? problems.add("heading", "programme.edit.required") : problems;
    }

    /** Row i's fields are "organisation" + i and "label" + i. */
    static FieldProblems problems(List<Signatory> signatories, Set<Long> organisations) {
        FieldProblems problems = new FieldProblems();
        if (signatories.isEmpty()) {
            problems.add("label0", "programme.edit.signatories.empty");
        }
        for (int i = 0; i < signatories.size(); i++) {
            if (Paragraphs.clean(signatories.get(i).label()).isEmpty()) {
                problems.add("label" + i, "programme.edit.required");
            }
            if (!organisations.contains(signatories.get(i).organisationId())) {
                problems.add("organisation" + i, "programme.edit.organisation");
            }
        }
        return problems;
    }

    /** The version the form was read at: without it a save could go over anyone's. */
    static FieldProblems version(Integer version) {
        return new FieldProblems().required("version", version);
    }
}

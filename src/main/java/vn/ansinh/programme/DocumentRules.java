package vn.ansinh.programme;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a programme's document part must hold: a symbol and a title, a real date where given. */
final class DocumentRules {

    private DocumentRules() {
    }

    static Map<String, String> problems(DocumentEdit edit) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (Paragraphs.clean(edit.symbol()).isEmpty()) {
            problems.put("symbol", "programme.edit.required");
        }
        if (Paragraphs.lines(edit.title()).isEmpty()) {
            problems.put("title", "programme.edit.required");
        }
        if (edit.day() != null && (edit.day() < 1 || edit.day() > 31)) {
            problems.put("day", "programme.edit.day");
        }
        if (edit.month() != null && (edit.month() < 1 || edit.month() > 12)) {
            problems.put("month", "programme.edit.month");
        }
        if (edit.year() == null || edit.year() < 1945 || edit.year() > 2100) {
            problems.put("year", "programme.edit.year");
        }
        boolean dateParts = !problems.containsKey("day") && !problems.containsKey("month") && !problems.containsKey("year");
        if (dateParts && edit.day() != null && edit.month() != null
                && !java.time.YearMonth.of(edit.year(), edit.month()).isValidDay(edit.day())) {
            problems.put("day", "programme.edit.day");
        }
        return problems;
    }
}

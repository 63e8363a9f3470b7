package vn.ansinh.children;

import java.util.Map;

/**
 * An assessment as typed on the page: the commune, the year, and for each criterion code "MET", "NOT_MET" or blank
 * (not assessed) with its note. Kept as typed when refused.
 */
public record AssessmentDraft(Long unitId, String year, Map<String, String> marks, Map<String, String> notes) {

    public AssessmentDraft {
        marks = Map.copyOf(marks);
        notes = Map.copyOf(notes);
    }

    public String mark(String code) {
        return marks.getOrDefault(code, "");
    }

    public String note(String code) {
        return notes.getOrDefault(code, "");
    }
}

package vn.ansinh.checks;

import java.util.Map;

/**
 * A programme's paragraphs that state figures, with each stated figure written as computed now:
 * items maps a paragraph of the text as printed to the paragraph filled in; notes does the same
 * for each table's notes, by table code. Paragraphs without stated figures are not in the maps:
 * {@link #item} and {@link #note} give them back unchanged.
 */
public record FilledText(Map<String, String> items, Map<String, Map<String, String>> notes) {

    public FilledText {
        items = Map.copyOf(items);
        notes = Map.copyOf(notes);
    }

    /** The paragraph of the text with its figures filled in. */
    public String item(String printed) {
        return items.getOrDefault(printed, printed);
    }

    /** The note of a table with its figures filled in. */
    public String note(String tableCode, String printed) {
        return notes.getOrDefault(tableCode, Map.of()).getOrDefault(printed, printed);
    }
}

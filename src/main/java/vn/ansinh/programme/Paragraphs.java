package vn.ansinh.programme;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Paragraphs written one per line, a printed bullet ("-", "+") leading where there is one. */
final class Paragraphs {

    private Paragraphs() {
    }

    static List<ProgrammeItem> items(String text) {
        return lines(text).stream().map(Paragraphs::item).toList();
    }

    static String text(List<ProgrammeItem> items) {
        return items.stream().map(i -> i.marker().isEmpty() ? i.text() : i.marker() + " " + i.text())
                .collect(Collectors.joining("\n"));
    }

    /** Non-empty lines, NFC, trimmed, inner spaces folded. */
    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(Paragraphs::clean).filter(l -> !l.isEmpty()).toList();
    }

    static String clean(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("[ \\t]+", " ");
    }

    private static ProgrammeItem item(String line) {
        if ((line.startsWith("- ") || line.startsWith("+ ")) && line.length() > 2) {
            return new ProgrammeItem(line.substring(0, 1), line.substring(2).strip());
        }
        return new ProgrammeItem("", line);
    }
}

package vn.ansinh.programme.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.ansinh.programme.DocumentEdit;
import vn.ansinh.programme.SectionEdit;
import vn.ansinh.programme.Signatory;
import vn.ansinh.shared.SaveConflict;
import vn.ansinh.shared.SavedVersion;

/** The programme text's fields side by side in a save conflict, labelled as their forms label them. */
final class ProgrammeTextLabels {

    private static final Map<String, String> DOCUMENT = new LinkedHashMap<>();
    private static final Map<String, String> SECTION = new LinkedHashMap<>();

    static {
        for (String field : List.of("number", "symbol", "day", "month", "year", "title", "preamble", "closing",
                "distributionHeading", "recipients", "signatureHeading")) {
            DOCUMENT.put(field, "programme.edit." + field + (List.of("day", "month", "year").contains(field) ? ".label" : ""));
        }
        for (String field : List.of("heading", "kind", "domain", "party", "paragraphs")) {
            SECTION.put(field, "programme.edit." + field);
        }
    }

    private ProgrammeTextLabels() {
    }

    static SaveConflict document(SavedVersion newer, DocumentEdit saved, DocumentEdit typed) {
        return SaveConflict.of(newer, saved, typed, DOCUMENT, Map.of());
    }

    static SaveConflict section(SavedVersion newer, SectionEdit saved, SectionEdit typed) {
        return SaveConflict.of(newer, saved, typed, SECTION,
                Map.of("kind", "section.kind.", "domain", "domain.", "party", "party."));
    }

    /** The signatories one per line: "organisation — label". */
    static String lines(List<Signatory> signatories, Map<Long, String> organisations) {
        return signatories.stream().map(s -> organisations.getOrDefault(s.organisationId(), "—") + " — " + s.label())
                .collect(Collectors.joining("\n"));
    }
}

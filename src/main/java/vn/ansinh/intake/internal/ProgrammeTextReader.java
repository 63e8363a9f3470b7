package vn.ansinh.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.ansinh.checks.StatedFigure;
import vn.ansinh.intake.internal.ProgrammeFile.FigureEntry;
import vn.ansinh.intake.internal.ProgrammeFile.ItemEntry;
import vn.ansinh.intake.internal.ProgrammeFile.ProgrammeEntry;
import vn.ansinh.intake.internal.ProgrammeFile.SectionEntry;
import vn.ansinh.intake.internal.ProgrammeFile.SignatoryEntry;
import vn.ansinh.programme.DocumentReference;
import vn.ansinh.programme.PartyRole;
import vn.ansinh.programme.SectionKind;
import vn.ansinh.shared.Domain;
import vn.ansinh.shared.VietnameseNumbers;

/** Reads the "programme" part of a data file: the document, its text and its signatories. */
final class ProgrammeTextReader {

    private static final Pattern UNIT_COUNT = Pattern.compile("\\d+/\\d+");

    private ProgrammeTextReader() {
    }

    static ProgrammeEntry read(YamlValue value, Errors errors) {
        if (value == null) {
            return null;
        }
        value.allow("coordinatingUnit", "year", "document", "title", "preamble", "sections", "closing",
                "distribution", "signatures");
        Integer year = value.integer("year", true);
        YamlValue distribution = value.optional("distribution");
        YamlValue signatures = value.required("signatures");
        return new ProgrammeEntry(value.where(), value.text("coordinatingUnit", true), year == null ? 0 : year,
                document(value.required("document")), value.lines("title"), value.text("preamble", false),
                sections(value.list("sections", true), ""), value.text("closing", false),
                distribution == null ? null : distribution.allow("heading", "recipients").text("heading", false),
                distribution == null ? List.of() : texts(distribution.list("recipients", true)),
                signatures == null ? null : signatures.allow("heading", "parties").lines("heading"),
                signatures == null ? List.of() : signatories(signatures.list("parties", true)));
    }

    private static DocumentReference document(YamlValue value) {
        if (value == null) {
            return null;
        }
        value.allow("number", "symbol", "day", "month", "year");
        String number = value.text("number", false);
        Integer year = value.integer("year", true);
        return new DocumentReference(number == null || number.isEmpty() ? null : number, value.text("symbol", true),
                value.integer("day", false), value.integer("month", false), year == null ? 0 : year);
    }

    private static List<SectionEntry> sections(List<YamlValue> values, String parentLocation) {
        List<SectionEntry> sections = new ArrayList<>();
        for (YamlValue value : values) {
            value.allow("heading", "kind", "domain", "party", "items", "sections");
            String heading = value.text("heading", true);
            String location = parentLocation.isEmpty() ? heading : parentLocation + " › " + heading;
            SectionKind kind = value.choice("kind", SectionKind.class, false);
            sections.add(new SectionEntry(heading, kind == null ? SectionKind.GENERAL : kind,
                    value.choice("domain", Domain.class, false), value.choice("party", PartyRole.class, false),
                    items(value.list("items", false), location), sections(value.list("sections", false), location)));
        }
        return sections;
    }

    /** Paragraphs: plain text, or text with its marker and the figures it states. */
    static List<ItemEntry> items(List<YamlValue> values, String location) {
        List<ItemEntry> items = new ArrayList<>();
        for (YamlValue value : values) {
            if (!value.isMap()) {
                items.add(new ItemEntry("-", value.text("text"), location, List.of()));
                continue;
            }
            value.allow("text", "marker", "figures");
            String text = value.text("text", true);
            String marker = value.has("marker") ? value.text("marker", false) : "-";
            items.add(new ItemEntry(marker == null ? "" : marker, text, location,
                    figures(value.list("figures", false), text)));
        }
        return items;
    }

    private static List<FigureEntry> figures(List<YamlValue> values, String text) {
        List<FigureEntry> figures = new ArrayList<>();
        for (YamlValue value : values) {
            value.allow("printed", "cell", "plan", "unitCount");
            String printed = value.text("printed", true);
            if (printed != null && text != null && !text.contains(printed)) {
                value.errors().add(value.where(), "printed", "intake.figure.notInText", printed);
            }
            figures.add(figure(value, printed));
        }
        return figures;
    }

    private static FigureEntry figure(YamlValue value, String printed) {
        YamlValue cell = value.optional("cell");
        String plan = value.text("plan", false);
        String unitCount = value.text("unitCount", false);
        if ((cell != null ? 1 : 0) + (plan != null ? 1 : 0) + (unitCount != null ? 1 : 0) != 1) {
            value.errors().add(value.where(), "cell", "intake.figure.reference");
            return new FigureEntry(value.where(), printed, null, null, null, null, null);
        }
        if (unitCount != null) {
            if (printed != null && !UNIT_COUNT.matcher(printed).matches()) {
                value.errors().add(value.where(), "printed", "intake.figure.unitCount", printed);
            }
            return new FigureEntry(value.where(), printed, StatedFigure.Kind.UNIT_COUNT, null, null, null, unitCount);
        }
        if (printed != null && VietnameseNumbers.parse(printed).isEmpty()) {
            value.errors().add(value.where(), "printed", "intake.number.invalid", printed);
        }
        if (plan != null) {
            return new FigureEntry(value.where(), printed, StatedFigure.Kind.PLAN, null, null, null, plan);
        }
        cell.allow("table", "column", "row");
        return new FigureEntry(cell.where(), printed, StatedFigure.Kind.CELL, cell.text("table", true),
                cell.text("column", true), cell.text("row", false), null);
    }

    private static List<SignatoryEntry> signatories(List<YamlValue> values) {
        List<SignatoryEntry> signatories = new ArrayList<>();
        for (YamlValue value : values) {
            value.allow("organisation", "label");
            signatories.add(new SignatoryEntry(value.where(), value.text("organisation", true), value.text("label", true)));
        }
        return signatories;
    }

    private static List<String> texts(List<YamlValue> values) {
        return values.stream().map(v -> v.text("recipients")).toList();
    }
}

package vn.ansinh.documents.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.ansinh.annex.AnnexSubtitle;
import vn.ansinh.annex.ComputedTable;
import vn.ansinh.checks.FilledText;
import vn.ansinh.documents.DocumentHeader;
import vn.ansinh.documents.DocumentParagraph;
import vn.ansinh.documents.DocumentSection;
import vn.ansinh.documents.ProgrammeDocument;
import vn.ansinh.programme.DocumentReference;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.ProgrammeSection;
import vn.ansinh.programme.ProgrammeText;
import vn.ansinh.programme.Signatory;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.Units;

/**
 * Puts a programme's document together from its text, the text's figures filled in, and its
 * computed tables. Fixed wording comes from the Vietnamese messages, whatever the reader's language.
 */
@Component
public class DocumentAssembler {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final MessageSource messages;
    private final AnnexSubtitle subtitle;
    private final Units units;

    DocumentAssembler(MessageSource messages, AnnexSubtitle subtitle, Units units) {
        this.messages = messages;
        this.subtitle = subtitle;
        this.units = units;
    }

    public ProgrammeDocument assemble(ProgrammeText text, FilledText filled, List<ComputedTable> tables) {
        Programme programme = text.programme();
        String annexSubtitle = subtitle.of(programme.document(), VIETNAMESE);
        String partialTable = message("document.partialTable");
        return new ProgrammeDocument(message("document.fileName", String.valueOf(programme.programmeYear())),
                header(programme), lines(programme.title()), programme.preamble(), sections(text.sections(), filled),
                programme.closing(), distributionHeading(programme), text.recipients(),
                lines(programme.signatureHeading()), text.signatories().stream().map(Signatory::label).toList(),
                tables.stream().map(t -> AnnexPages.of(t, annexSubtitle, filled, partialTable)).toList());
    }

    private DocumentHeader header(Programme programme) {
        AdministrativeUnit unit = units.byId(programme.coordinatingUnitId()).orElseThrow();
        DocumentReference document = programme.document();
        String kind = message("unit.kind." + unit.kind().name());
        return new DocumentHeader(message("document.issuer", kind, unit.name()).toUpperCase(VIETNAMESE),
                message("document.reference", document.printedNumber(), document.symbol()),
                message("document.nation"), message("document.motto"),
                message("document.placeAndDate", unit.name(), document.printedDay(), document.printedMonth(),
                        String.valueOf(document.year())));
    }

    private static List<DocumentSection> sections(List<ProgrammeSection> sections, FilledText filled) {
        return sections.stream().map(section -> new DocumentSection(section.heading(),
                section.items().stream().map(item -> new DocumentParagraph(item.marker(), filled.item(item.text())))
                        .toList(),
                sections(section.sections(), filled))).toList();
    }

    private String distributionHeading(Programme programme) {
        return programme.distributionHeading() == null ? message("programme.recipients") : programme.distributionHeading();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, VIETNAMESE);
    }
}

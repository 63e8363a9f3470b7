package vn.ansinh.documents.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPTable;

import vn.ansinh.documents.DocumentHeader;
import vn.ansinh.documents.DocumentParagraph;
import vn.ansinh.documents.DocumentSection;
import vn.ansinh.documents.ProgrammeDocument;

/**
 * The programme document as PDF (OpenPDF), with DejaVu Sans embedded for its Vietnamese letters:
 * A4 upright for the text, the signature block of every party in two columns on a page of its own,
 * then each annex table on a landscape page with its merged header cells.
 */
public final class PdfWriter {

    /** Margins in points: 3 cm on the binding side, 2 cm elsewhere. */
    static final float MARGIN = 56.7f;
    static final float BINDING_MARGIN = 85f;
    private static final int SIGNATURE_LINES = 4;

    private PdfWriter() {
    }

    public static byte[] write(ProgrammeDocument programme) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfFonts fonts = PdfFonts.create();
        Document document = new Document(PageSize.A4, BINDING_MARGIN, MARGIN, MARGIN, MARGIN);
        com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
        document.addTitle(String.join(" ", programme.title()));
        document.open();
        header(document, programme.header(), fonts);
        programme.title().forEach(line -> document.add(PdfText.paragraph(line, fonts.title(), Element.ALIGN_CENTER)));
        text(document, programme, fonts);
        recipients(document, programme, fonts);
        signatures(document, programme, fonts);
        PdfAnnexes.write(document, programme.annexes(), fonts);
        document.close();
        return out.toByteArray();
    }

    private static void header(Document document, DocumentHeader header, PdfFonts fonts) {
        PdfPTable table = new PdfPTable(new float[] {2, 3});
        table.setWidthPercentage(100);
        table.addCell(PdfText.cell(List.of(header.issuer()), fonts.strong(), Element.ALIGN_CENTER, false));
        table.addCell(PdfText.cell(List.of(header.nation(), header.motto()), fonts.strong(), Element.ALIGN_CENTER, false));
        table.addCell(PdfText.cell(List.of(header.reference()), fonts.body(), Element.ALIGN_CENTER, false));
        table.addCell(PdfText.cell(List.of(header.placeAndDate()), fonts.emphasis(), Element.ALIGN_CENTER, false));
        table.setSpacingAfter(12f);
        document.add(table);
    }

    private static void text(Document document, ProgrammeDocument programme, PdfFonts fonts) {
        if (programme.preamble() != null) {
            document.add(PdfText.justified(programme.preamble(), fonts.body()));
        }
        programme.sections().forEach(section -> section(document, section, fonts));
        if (programme.closing() != null) {
            document.add(PdfText.justified(programme.closing(), fonts.body()));
        }
    }

    private static void section(Document document, DocumentSection section, PdfFonts fonts) {
        document.add(PdfText.justified(section.heading(), fonts.strong()));
        for (DocumentParagraph paragraph : section.paragraphs()) {
            document.add(PdfText.justified(paragraph.line(), fonts.body()));
        }
        section.sections().forEach(child -> section(document, child, fonts));
    }

    private static void recipients(Document document, ProgrammeDocument programme, PdfFonts fonts) {
        if (programme.recipients().isEmpty()) {
            return;
        }
        document.add(PdfText.paragraph(programme.distributionHeading(), fonts.recipientsHeading(), Element.ALIGN_LEFT));
        programme.recipients().forEach(r -> document.add(PdfText.paragraph("- " + r, fonts.recipient(), Element.ALIGN_LEFT)));
    }

    /** The heading on a new page, then the parties two by two, each with room to sign under its name. */
    private static void signatures(Document document, ProgrammeDocument programme, PdfFonts fonts) {
        if (programme.signatories().isEmpty()) {
            return;
        }
        document.newPage();
        programme.signatureHeading().forEach(line -> document.add(PdfText.paragraph(line, fonts.strong(), Element.ALIGN_CENTER)));
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(12f);
        List<String> parties = programme.signatories();
        for (int i = 0; i < parties.size(); i++) {
            table.addCell(PdfText.cell(signature(parties.get(i)), fonts.strong(), Element.ALIGN_CENTER, false));
        }
        if (parties.size() % 2 == 1) {
            table.addCell(PdfText.cell(List.of(""), fonts.strong(), Element.ALIGN_CENTER, false));
        }
        document.add(table);
    }

    private static List<String> signature(String party) {
        List<String> lines = new ArrayList<>(List.of(party));
        for (int i = 0; i < SIGNATURE_LINES; i++) {
            lines.add(" ");
        }
        return lines;
    }
}

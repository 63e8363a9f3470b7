package vn.ansinh.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import vn.ansinh.documents.DocumentHeader;
import vn.ansinh.documents.DocumentParagraph;
import vn.ansinh.documents.DocumentSection;
import vn.ansinh.documents.ProgrammeDocument;
import vn.ansinh.documents.internal.DocxText.Style;

/**
 * The programme document as DOCX (Word): A4 upright in Times New Roman 13 pt for the text, the
 * signature block of every party in two columns on a page of its own, then the annex tables on
 * landscape pages with their merged header cells.
 */
public final class DocxWriter {

    /** Blank lines under each party's name, for the signature and seal. */
    private static final int SIGNATURE_LINES = 4;

    private DocxWriter() {
    }

    public static byte[] write(ProgrammeDocument document) throws IOException {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxText.defaults(docx);
            header(docx, document.header());
            document.title().forEach(line -> DocxText.paragraph(docx, line, Style.TITLE, ParagraphAlignment.CENTER));
            text(docx, document);
            recipients(docx, document);
            signatures(docx, document);
            if (!document.annexes().isEmpty()) {
                DocxPages.endPortraitSection(docx);
                DocxAnnexes.write(docx, document.annexes());
            }
            DocxPages.lastSection(docx, !document.annexes().isEmpty());
            docx.write(out);
            return out.toByteArray();
        }
    }

    /** The issuer and number on the left, the national name, motto, place and date on the right. */
    static void header(XWPFDocument docx, DocumentHeader header) {
        int half = DocxPages.PORTRAIT_WIDTH / 2;
        int[] widths = {half * 4 / 5, DocxPages.PORTRAIT_WIDTH - half * 4 / 5};
        XWPFTable table = DocxTables.create(docx, widths, false);
        XWPFTableRow strong = DocxTables.row(table);
        DocxText.cell(DocxTables.cell(strong, widths, 0, 1), List.of(header.issuer()), Style.STRONG, ParagraphAlignment.CENTER);
        DocxText.cell(DocxTables.cell(strong, widths, 1, 1), List.of(header.nation(), header.motto()), Style.STRONG,
                ParagraphAlignment.CENTER);
        XWPFTableRow plain = DocxTables.row(table);
        DocxText.cell(DocxTables.cell(plain, widths, 0, 1), List.of(header.reference()), Style.BODY, ParagraphAlignment.CENTER);
        DocxText.cell(DocxTables.cell(plain, widths, 1, 1), List.of(header.placeAndDate()), Style.EMPHASIS,
                ParagraphAlignment.CENTER);
        docx.createParagraph();
    }

    private static void text(XWPFDocument docx, ProgrammeDocument document) {
        if (document.preamble() != null) {
            DocxText.justified(docx, document.preamble(), Style.BODY);
        }
        document.sections().forEach(section -> section(docx, section));
        if (document.closing() != null) {
            DocxText.justified(docx, document.closing(), Style.BODY);
        }
    }

    private static void section(XWPFDocument docx, DocumentSection section) {
        DocxText.justified(docx, section.heading(), Style.STRONG);
        for (DocumentParagraph paragraph : section.paragraphs()) {
            DocxText.justified(docx, paragraph.line(), Style.BODY);
        }
        section.sections().forEach(child -> section(docx, child));
    }

    private static void recipients(XWPFDocument docx, ProgrammeDocument document) {
        if (document.recipients().isEmpty()) {
            return;
        }
        DocxText.paragraph(docx, document.distributionHeading(), Style.RECIPIENTS_HEADING, ParagraphAlignment.LEFT);
        document.recipients().forEach(r -> DocxText.paragraph(docx, "- " + r, Style.RECIPIENT, ParagraphAlignment.LEFT)
                .setSpacingAfter(0));
    }

    /** The heading on a new page, then the parties two by two, each with room to sign under its name. */
    private static void signatures(XWPFDocument docx, ProgrammeDocument document) {
        if (document.signatories().isEmpty()) {
            return;
        }
        List<String> heading = document.signatureHeading();
        for (int i = 0; i < heading.size(); i++) {
            XWPFParagraph line = DocxText.paragraph(docx, heading.get(i), Style.STRONG, ParagraphAlignment.CENTER);
            line.setPageBreak(i == 0);
        }
        int[] widths = {DocxPages.PORTRAIT_WIDTH / 2, DocxPages.PORTRAIT_WIDTH - DocxPages.PORTRAIT_WIDTH / 2};
        XWPFTable table = DocxTables.create(docx, widths, false);
        List<String> parties = document.signatories();
        for (int i = 0; i < parties.size(); i += 2) {
            XWPFTableRow row = DocxTables.row(table);
            row.setCantSplitRow(true);
            for (int c = 0; c < 2; c++) {
                List<String> lines = i + c < parties.size() ? signature(parties.get(i + c)) : List.of("");
                DocxText.cell(DocxTables.cell(row, widths, c, 1), lines, Style.STRONG, ParagraphAlignment.CENTER);
            }
        }
    }

    private static List<String> signature(String party) {
        List<String> lines = new ArrayList<>(List.of(party));
        for (int i = 0; i < SIGNATURE_LINES; i++) {
            lines.add("");
        }
        return lines;
    }
}

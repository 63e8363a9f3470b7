package vn.ansinh.documents.internal;

import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;

/**
 * Paragraphs and runs of the DOCX in Times New Roman, the administrative norm, which has every
 * Vietnamese letter in Word; body text in 13 points.
 */
final class DocxText {

    static final String FONT = "Times New Roman";
    /** Twips of a first-line indent: one centimetre. */
    static final int INDENT = 567;

    /** Size in points, bold, italic. */
    record Style(int size, boolean bold, boolean italic) {

        static final Style BODY = new Style(13, false, false);
        static final Style STRONG = new Style(13, true, false);
        static final Style EMPHASIS = new Style(13, false, true);
        static final Style TITLE = new Style(14, true, false);
        static final Style RECIPIENTS_HEADING = new Style(12, true, true);
        static final Style RECIPIENT = new Style(11, false, false);
        static final Style TABLE = new Style(11, false, false);
        static final Style TABLE_STRONG = new Style(11, true, false);
        static final Style TABLE_CODE = new Style(11, false, true);
    }

    private DocxText() {
    }

    /** Times New Roman for every script, so Word does not fall back to another font for Vietnamese letters. */
    static void defaults(XWPFDocument docx) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        docx.createStyles().setDefaultFonts(fonts);
    }

    static XWPFParagraph paragraph(XWPFDocument docx, String text, Style style, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = docx.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(60);
        run(paragraph, text, style);
        return paragraph;
    }

    /** A paragraph of running text: justified, first line indented. */
    static XWPFParagraph justified(XWPFDocument docx, String text, Style style) {
        XWPFParagraph paragraph = paragraph(docx, text, style, ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(INDENT);
        return paragraph;
    }

    static void run(XWPFParagraph paragraph, String text, Style style) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(style.size());
        run.setBold(style.bold());
        run.setItalic(style.italic());
        run.setText(text);
    }

    /** Lines of a table cell, one paragraph each. */
    static void cell(XWPFTableCell cell, List<String> lines, Style style, ParagraphAlignment alignment) {
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph paragraph = i < cell.getParagraphs().size() ? cell.getParagraphs().get(i) : cell.addParagraph();
            paragraph.setAlignment(alignment);
            paragraph.setSpacingAfter(0);
            run(paragraph, lines.get(i), style);
        }
    }
}

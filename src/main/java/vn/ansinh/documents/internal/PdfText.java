package vn.ansinh.documents.internal;

import java.text.Normalizer;
import java.util.List;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;

/**
 * Paragraphs and table cells of the PDF. Text is composed (NFC) first: the font has a glyph for
 * each Vietnamese letter with its marks, and none is stacked from separate marks.
 */
final class PdfText {

    /** Points of a first-line indent: one centimetre. */
    static final float INDENT = 28.35f;

    private PdfText() {
    }

    static Paragraph paragraph(String text, Font font, int alignment) {
        Paragraph paragraph = new Paragraph(composed(text), font);
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(3f);
        return paragraph;
    }

    /** Running text: justified, first line indented. */
    static Paragraph justified(String text, Font font) {
        Paragraph paragraph = paragraph(text, font, Element.ALIGN_JUSTIFIED);
        paragraph.setFirstLineIndent(INDENT);
        return paragraph;
    }

    /** A table cell, bordered or not, of one or more lines. */
    static PdfPCell cell(List<String> lines, Font font, int alignment, boolean border) {
        PdfPCell cell = new PdfPCell(new Phrase(composed(String.join("\n", lines)), font));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(3f);
        if (!border) {
            cell.setBorder(Rectangle.NO_BORDER);
        }
        return cell;
    }

    static String composed(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}

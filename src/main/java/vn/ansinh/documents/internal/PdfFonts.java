package vn.ansinh.documents.internal;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

import vn.ansinh.shared.pdf.UnicodeFonts;

/**
 * The PDF's fonts: DejaVu Sans with every Vietnamese letter ({@link UnicodeFonts}). Italic is slanted
 * from the regular face. Made for each document: a font keeps the glyphs its document used.
 */
record PdfFonts(Font body, Font strong, Font emphasis, Font title, Font recipientsHeading, Font recipient,
        Font table, Font tableStrong, Font tableCode) {

    static PdfFonts create() {
        BaseFont regular = UnicodeFonts.regular();
        BaseFont bold = UnicodeFonts.bold();
        return new PdfFonts(new Font(regular, 11), new Font(bold, 11), new Font(regular, 11, Font.ITALIC),
                new Font(bold, 13), new Font(bold, 10, Font.ITALIC), new Font(regular, 9.5f),
                new Font(regular, 8.5f), new Font(bold, 8.5f), new Font(regular, 8.5f, Font.ITALIC));
    }
}

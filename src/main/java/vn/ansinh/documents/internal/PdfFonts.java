package vn.ansinh.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

/**
 * The PDF's fonts: DejaVu Sans (shipped in src/main/resources/fonts, licence beside it), which has
 * every Vietnamese letter, embedded with Unicode encoding (Identity-H) so that the text reads back
 * with its diacritics. Italic is slanted from the regular face. Made for each document: a font
 * keeps the glyphs its document used.
 */
record PdfFonts(Font body, Font strong, Font emphasis, Font title, Font recipientsHeading, Font recipient,
        Font table, Font tableStrong, Font tableCode) {

    private static final byte[] REGULAR = load("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = load("fonts/DejaVuSans-Bold.ttf");

    static PdfFonts create() {
        BaseFont regular = font("DejaVuSans.ttf", REGULAR);
        BaseFont bold = font("DejaVuSans-Bold.ttf", BOLD);
        return new PdfFonts(new Font(regular, 11), new Font(bold, 11), new Font(regular, 11, Font.ITALIC),
                new Font(bold, 13), new Font(bold, 10, Font.ITALIC), new Font(regular, 9.5f),
                new Font(regular, 8.5f), new Font(bold, 8.5f), new Font(regular, 8.5f, Font.ITALIC));
    }

    private static BaseFont font(String name, byte[] bytes) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] load(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

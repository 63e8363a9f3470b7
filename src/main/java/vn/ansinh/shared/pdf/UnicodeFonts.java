package vn.ansinh.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.BaseFont;

/**
 * DejaVu Sans (shipped in src/main/resources/fonts, licence beside it), which has every Vietnamese
 * letter, as PDF fonts embedded with Unicode encoding (Identity-H), so text reads back with its
 * diacritics. A new font each call: a font keeps the glyphs its document used.
 */
public final class UnicodeFonts {

    private static final byte[] REGULAR = load("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = load("fonts/DejaVuSans-Bold.ttf");

    private UnicodeFonts() {
    }

    public static BaseFont regular() {
        return font("DejaVuSans.ttf", REGULAR);
    }

    public static BaseFont bold() {
        return font("DejaVuSans-Bold.ttf", BOLD);
    }

    private static BaseFont font(String name, byte[] bytes) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] load(String resource) {
        try (InputStream in = UnicodeFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

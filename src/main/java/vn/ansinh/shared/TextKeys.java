package vn.ansinh.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Texts as comparison keys, for headers and choices offices write in many ways: "Tỷ lệ\n(%)", "tỷ lệ (%)"
 * and "Ty le %" all become "tyle" — lower case letters and digits, without diacritics (đ as d).
 */
public final class TextKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");

    private TextKeys() {
    }

    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd');
        return NOT_LETTER_OR_DIGIT.matcher(plain).replaceAll("");
    }
}

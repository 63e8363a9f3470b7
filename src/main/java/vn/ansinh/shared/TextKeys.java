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
        return NOT_LETTER_OR_DIGIT.matcher(plain(text)).replaceAll("");
    }

    /** The text as a part of a file name a person reads: «Xã Cam An» → «xa-cam-an». */
    public static String fileName(String text) {
        String words = NOT_LETTER_OR_DIGIT.matcher(plain(text)).replaceAll("-");
        return words.replaceAll("^-+|-+$", "");
    }

    private static String plain(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd');
    }
}

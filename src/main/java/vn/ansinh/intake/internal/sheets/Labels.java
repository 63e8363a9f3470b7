package vn.ansinh.intake.internal.sheets;

import java.util.Locale;
import java.util.regex.Pattern;

import vn.ansinh.shared.TextKeys;

/**
 * Header labels, codes and titles as comparison keys: hand-made workbooks write "Tỷ lệ\n(%)",
 * "tỷ lệ (%)" and "Ty le %" for the same header, "(10)" or "10 = 2 - 8" for the same code.
 */
final class Labels {

    private static final Pattern NOT_CODE = Pattern.compile("[\\s()\\[\\]]+");

    private Labels() {
    }

    /** Lower case letters and digits only, without diacritics: "Tỷ lệ\n(%)" → "tyle". */
    static String key(String text) {
        return TextKeys.key(text);
    }

    /** A column code without spaces or brackets, lower case: "(10) = (2) - (8)" → "10=2-8". */
    static String codeKey(String text) {
        return text == null ? "" : NOT_CODE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** A table's name as sheet names and titles give it: "Biểu số 1", "BIEU 1", "bieu-1" → "bieu1". */
    static String tableKey(String text) {
        return key(text).replace("bieuso", "bieu");
    }

    /** Whether a title ("Biểu số 1: CHỈ TIÊU …") starts with the table's key, and not with a longer number. */
    static boolean titleStartsWith(String title, String tableKey) {
        String key = tableKey(title);
        return !tableKey.isEmpty() && key.startsWith(tableKey)
                && (key.length() == tableKey.length() || !Character.isDigit(key.charAt(tableKey.length())));
    }
}

package vn.ansinh.units.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keys to compare unit names as printed. The same name is printed in several spellings that Vietnamese treats as
 * one: the tone mark placed on either vowel («Thụy», «Thuỵ»), y or i after a consonant («Sỹ», «Sĩ»), with or without
 * hyphens, apostrophes and spaces between syllables («Văn Miếu - Quốc Tử Giám», «A Vương», «Avương»), «NT» for
 * «Nông trường». The key ignores exactly these; the plain key drops every mark too, to suggest near names — never
 * to choose one.
 */
public final class NameKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
    private static final Pattern SEPARATORS = Pattern.compile("[-‐–’'`\\s\u00A0]+");
    private static final Pattern FARM = Pattern.compile("^nt\\.? ");
    private static final Pattern CONSONANT_Y = Pattern.compile("^([bcdđghklmnpqrstvx]+)y$");

    private NameKeys() {
    }

    public static String key(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .strip();
        text = FARM.matcher(SEPARATORS.matcher(text).replaceAll(" ")).replaceFirst("nông trường ");
        StringBuilder key = new StringBuilder();
        for (String word : Normalizer.normalize(text, Normalizer.Form.NFD).split(" ")) {
            StringBuilder letters = new StringBuilder();
            StringBuilder tone = new StringBuilder();
            for (char c : word.toCharArray()) {
                (TONES.indexOf(c) >= 0 ? tone : letters).append(c);
            }
            key.append(CONSONANT_Y.matcher(letters).replaceFirst("$1i")).append(tone);
        }
        return key.toString();
    }

    public static String plain(String name) {
        return MARKS.matcher(key(name)).replaceAll("").replace('đ', 'd');
    }
}

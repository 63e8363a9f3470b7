package vn.ansinh.households.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name as the registry search compares it: lower case, without accents, «đ» as «d» — so «nguyen van a»
 * finds «Nguyễn Văn A». Names are stored folded beside the name (search_name) whenever they are written.
 */
public final class NameFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameFolding() {
    }

    /** The text folded; null stays null. Composed and decomposed accents fold alike. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}

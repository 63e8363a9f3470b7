package vn.ansinh.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text that names a year, made to name another: "NĂM 2019" → "NĂM 2020"; a longer number ("120190") stays. */
public final class YearText {

    private YearText() {
    }

    /** Every occurrence of the year as a number of its own (not part of a longer number) replaced. */
    public static String replace(String text, int from, int to) {
        if (text == null) {
            return null;
        }
        Pattern year = Pattern.compile("(?<!\\d)" + from + "(?!\\d)");
        return year.matcher(text).replaceAll(Matcher.quoteReplacement(Integer.toString(to)));
    }
}

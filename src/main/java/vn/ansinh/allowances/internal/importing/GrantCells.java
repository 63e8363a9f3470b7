package vn.ansinh.allowances.internal.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list's cells as the add form would have them typed: a month given as a day of it (Excel turns «07/2024» into
 * 01/07/2024, read as 2024-07-01) as its month, a coefficient written with a decimal point («2.5», as Excel shows a
 * number) with the decimal comma. A dot followed by three digits groups thousands and is left as it is.
 */
final class GrantCells {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\d{1,2}/(\\d{1,2})/(\\d{4})");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-\\d{1,2}");
    private static final Pattern DECIMAL_POINT = Pattern.compile("\\d+\\.\\d{1,2}");

    private GrantCells() {
    }

    static String month(String text) {
        Matcher day = DAY_MONTH_YEAR.matcher(text);
        if (day.matches()) {
            return day.group(1) + "/" + day.group(2);
        }
        Matcher iso = YEAR_MONTH_DAY.matcher(text);
        return iso.matches() ? iso.group(2) + "/" + iso.group(1) : text;
    }

    static String coefficient(String text) {
        return DECIMAL_POINT.matcher(text).matches() ? text.replace('.', ',') : text;
    }
}

package vn.ansinh.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * The one reading of a typed date, for every import and form: dd/mm/yyyy (as offices write it) or
 * yyyy-mm-dd, strictly — 31/06/2019 is refused, never moved to 30/06/2019 as a lenient parser does.
 */
public final class Dates {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter YEAR_MONTH_DAY = DateTimeFormatter.ofPattern("uuuu-M-d")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final Pattern SHAPED = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}|\\d{4}-\\d{1,2}-\\d{1,2}");

    /** What a text reads as: the day, or the message key of why not ({0} is the text). */
    public record Reading(LocalDate date, String problem) {

        public boolean ok() {
            return problem == null;
        }
    }

    private Dates() {
    }

    /** A blank text reads as no date and no problem. */
    public static Reading read(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            return new Reading(null, null);
        }
        if (!SHAPED.matcher(stripped).matches()) {
            return new Reading(null, "date.notADate");
        }
        try {
            return new Reading(LocalDate.parse(stripped, stripped.contains("/") ? DAY_MONTH_YEAR : YEAR_MONTH_DAY), null);
        } catch (DateTimeParseException e) {
            return new Reading(null, "date.notReal");
        }
    }

    /** The day as offices write it: 05/03/2020. */
    public static String shown(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }
}

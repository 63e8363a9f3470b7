package vn.ansinh.gratitude.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ansinh.shared.Dates;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.VietnameseNumbers;

/**
 * Reads the typed values of the fund's forms into a form's problems: whole đồng above 0 as printed ("5.000.000"),
 * counts, months ("07/2024", or "2024-07" from a month field) and days that exist and have come (by today).
 */
final class EntryReadings {

    private static final Pattern MONTH = Pattern.compile("(\\d{1,2})/(\\d{4})|(\\d{4})-(\\d{2})");
    /** Twelve digits of đồng (999 tỷ) is more than any commune's fund; the column holds 18. */
    private static final BigDecimal MOST = new BigDecimal("999999999999");

    private final FieldProblems problems;

    EntryReadings(FieldProblems problems) {
        this.problems = problems;
    }

    BigDecimal dong(String field, String text) {
        if (text == null || text.isBlank()) {
            problems.add(field, "catalogue.required");
            return null;
        }
        BigDecimal value = VietnameseNumbers.parse(text.strip()).orElse(null);
        if (value == null || value.signum() <= 0 || value.compareTo(MOST) > 0 || value.stripTrailingZeros().scale() > 0) {
            problems.add(field, "gratitude.amount.invalid", text);
            return null;
        }
        return value.setScale(0);
    }

    Integer count(String field, String text) {
        if (text == null || text.isBlank()) {
            problems.add(field, "catalogue.required");
            return null;
        }
        BigDecimal value = VietnameseNumbers.parse(text.strip()).orElse(null);
        if (value == null || value.signum() <= 0 || value.stripTrailingZeros().scale() > 0
                || value.compareTo(BigDecimal.valueOf(100_000)) > 0) {
            problems.add(field, "gratitude.count.invalid", text);
            return null;
        }
        return value.intValueExact();
    }

    YearMonth month(String field, String text) {
        if (text == null || text.isBlank()) {
            problems.add(field, "catalogue.required");
            return null;
        }
        Matcher m = MONTH.matcher(text.strip());
        int month = !m.matches() ? 0 : Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
        if (month < 1 || month > 12) {
            problems.add(field, "gratitude.month.invalid", text);
            return null;
        }
        return YearMonth.of(Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3)), month);
    }

    /** A day that exists and is not after today: what was handed over or given has happened. */
    LocalDate pastDay(String field, String text, LocalDate today) {
        Dates.Reading reading = Dates.read(text);
        if (!reading.ok()) {
            problems.add(field, reading.problem(), text);
        } else if (reading.date() == null) {
            problems.add(field, "catalogue.required");
        } else if (reading.date().isAfter(today)) {
            problems.add(field, "gratitude.day.future", Dates.shown(reading.date()));
        }
        return reading.date();
    }

    /** An optional text of at most maxLength characters: null when blank. */
    String optionalText(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > maxLength) {
            problems.add(field, "catalogue.tooLong", maxLength);
        }
        return text.strip();
    }
}

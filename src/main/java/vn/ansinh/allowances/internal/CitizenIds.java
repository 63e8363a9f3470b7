package vn.ansinh.allowances.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a citizen ID (số định danh cá nhân, on the CCCD) by its structure (Thông tư 07/2016/TT-BCA, Nghị định
 * 137/2015): 12 digits, the first three a province's code, the fourth the century of birth and sex (0–1 the 1900s,
 * 2–3 the 2000s), the next two the year of birth, which must be the birth date's when it is known. The last six are
 * a sequence with no check digit, so nothing more can be checked.
 */
final class CitizenIds {

    private static final Pattern DIGITS = Pattern.compile("\\d{12}");
    private static final Set<String> PROVINCES = Set.of("001", "002", "004", "006", "008", "010", "011", "012", "014",
            "015", "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037",
            "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064",
            "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089",
            "091", "092", "093", "094", "095", "096");

    private CitizenIds() {
    }

    /** The ID as stored: spaces and dots taken out; null for none. */
    static String compact(String text) {
        String id = text == null ? "" : text.replaceAll("[\\s.]", "");
        return id.isEmpty() ? null : id;
    }

    /** The message key of what is wrong with the (compact) ID, or null when it is right. */
    static String problem(String id, LocalDate born) {
        if (!DIGITS.matcher(id).matches()) {
            return "grant.citizenId.pattern";
        }
        if (!PROVINCES.contains(id.substring(0, 3))) {
            return "grant.citizenId.province";
        }
        int century = id.charAt(3) - '0';
        if (century > 3) {
            return "grant.citizenId.century";
        }
        int year = 1900 + century / 2 * 100 + Integer.parseInt(id.substring(4, 6));
        return born != null && born.getYear() != year ? "grant.citizenId.birthYear" : null;
    }
}

package vn.ansinh.units;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.ansinh.units.internal.Distance;

/**
 * Finds the unit a printed name means: "Xã Cam An", "Cam An", "TT Cam Lộ", "Thị trấn Cam Lộ".
 * Prefixes and case never matter; diacritics matter unless exactly one unit matches without them,
 * because "Cam Thanh" and "Cam Thành" are different communes.
 */
public final class UnitNameMatcher {

    /** The kind words (and their abbreviations) printed before a unit's name, in lower case. */
    static final String KIND_WORDS =
            "xã|phường|thị trấn|thị xã|thành phố|huyện|quận|tỉnh|đặc khu|thôn|bản|khu phố|tổ dân phố|tt\\.?|tx\\.?|tp\\.?|p\\.|x\\.";
    private static final Pattern PREFIX = Pattern.compile("^(" + KIND_WORDS + ")\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private UnitNameMatcher() {
    }

    /** The outcome: the unit found, or none with the closest names to suggest. */
    public record Match(AdministrativeUnit unit, List<String> suggestions) {

        public boolean found() {
            return unit != null;
        }
    }

    public static Match match(String printed, List<AdministrativeUnit> candidates) {
        String key = withoutPrefix(printed);
        List<AdministrativeUnit> exact = candidates.stream().filter(u -> withoutPrefix(u.name()).equals(key)).toList();
        if (exact.size() == 1) {
            return new Match(exact.get(0), List.of());
        }
        String plain = withoutMarks(key);
        List<AdministrativeUnit> loose = candidates.stream()
                .filter(u -> withoutMarks(withoutPrefix(u.name())).equals(plain)).toList();
        if (exact.isEmpty() && loose.size() == 1) {
            return new Match(loose.get(0), List.of());
        }
        if (exact.size() > 1) {
            // Namesakes (Cam An of Quảng Trị, Xã Cam An of Khánh Hòa): each with the code that tells them apart.
            return new Match(null, exact.stream().limit(3).map(UnitNameMatcher::withCode).toList());
        }
        return new Match(null, closest(plain, candidates));
    }

    private static String withCode(AdministrativeUnit unit) {
        return unit.name() + " (" + (unit.gsoCode() != null ? unit.gsoCode() : unit.code()) + ")";
    }

    /** Lower case, NFC, single spaces, without an administrative prefix. */
    public static String withoutPrefix(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
        return PREFIX.matcher(text).replaceFirst("");
    }

    static String withoutMarks(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd');
    }

    private static List<String> closest(String plain, List<AdministrativeUnit> candidates) {
        return candidates.stream()
                .sorted(Comparator.comparingInt(u -> Distance.of(plain, withoutMarks(withoutPrefix(u.name())))))
                .limit(3)
                .map(AdministrativeUnit::name)
                .toList();
    }
}

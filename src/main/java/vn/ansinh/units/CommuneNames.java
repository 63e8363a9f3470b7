package vn.ansinh.units;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Finds the commune a list names — by its unit code, or its name as lists write it ("Xã Cam An",
 * "cam an") — preferring, of namesakes in different districts, the one the user reads. A list of a year
 * means the commune of that name in force that year: names are reused (Cam An of Quảng Trị until 2019,
 * Xã Cam An of Khánh Hòa since 2025). Each name is looked up once: lists repeat a commune on every row.
 */
public final class CommuneNames {

    /** Units households and workers are registered in. */
    public static final Set<UnitKind> KINDS = Set.of(UnitKind.COMMUNE, UnitKind.WARD, UnitKind.TOWNSHIP,
            UnitKind.SPECIAL_ZONE);

    private final List<AdministrativeUnit> all;
    private final List<AdministrativeUnit> readable;
    private final Map<String, UnitNameMatcher.Match> found = new ConcurrentHashMap<>();

    public CommuneNames(List<AdministrativeUnit> units, Predicate<Long> readable) {
        this.all = units.stream().filter(u -> KINDS.contains(u.kind())).toList();
        this.readable = all.stream().filter(u -> readable.test(u.id())).toList();
    }

    /** The commune of any time, or none with the closest names to suggest. */
    public UnitNameMatcher.Match find(String text) {
        return find(text, null);
    }

    /** The commune in force in the year (null: at any time), or none with the closest names to suggest. */
    public UnitNameMatcher.Match find(String text, Integer year) {
        return found.computeIfAbsent(text + "\u0000" + year, key -> {
            UnitNameMatcher.Match match = lookUp(text, inForce(all, year), inForce(readable, year));
            return year != null && match.found() && namesAnother(text, match.unit()) ? new UnitNameMatcher.Match(null,
                    List.of(match.unit().name())) : match;
        });
    }

    /**
     * Found only without diacritics while a unit of another time bears the name exactly: «Cam Thanh» in 2026 is the
     * Cam Thanh that ended in 2019, not Cam Thành — never guessed.
     */
    private boolean namesAnother(String text, AdministrativeUnit found) {
        String name = UnitNameMatcher.withoutPrefix(text);
        return !UnitNameMatcher.withoutPrefix(found.name()).equals(name)
                && all.stream().anyMatch(u -> UnitNameMatcher.withoutPrefix(u.name()).equals(name));
    }

    private static List<AdministrativeUnit> inForce(List<AdministrativeUnit> units, Integer year) {
        return year == null ? units : units.stream().filter(u -> u.validIn(year)).toList();
    }

    private static UnitNameMatcher.Match lookUp(String text, List<AdministrativeUnit> all, List<AdministrativeUnit> readable) {
        List<AdministrativeUnit> byCode = all.stream().filter(u -> u.code().equals(text) || text.equals(u.gsoCode())).toList();
        if (byCode.size() == 1) {
            return new UnitNameMatcher.Match(byCode.get(0), List.of());
        }
        UnitNameMatcher.Match mine = UnitNameMatcher.match(text, readable);
        if (mine.found()) {
            return mine;
        }
        UnitNameMatcher.Match any = UnitNameMatcher.match(text, all);
        return any.found() ? any : new UnitNameMatcher.Match(null, readable.isEmpty() ? any.suggestions() : mine.suggestions());
    }
}

package vn.ansinh.units;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Finds the commune a list names — by its unit code, or its name as lists write it ("Xã Cam An",
 * "cam an") — preferring, of namesakes in different districts, the one the user reads. Each name is
 * looked up once: lists repeat a commune on every row.
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

    /** The commune, or none with the closest names to suggest. */
    public UnitNameMatcher.Match find(String text) {
        return found.computeIfAbsent(text, this::lookUp);
    }

    private UnitNameMatcher.Match lookUp(String text) {
        AdministrativeUnit byCode = all.stream().filter(u -> u.code().equals(text)).findFirst().orElse(null);
        if (byCode != null) {
            return new UnitNameMatcher.Match(byCode, List.of());
        }
        UnitNameMatcher.Match mine = UnitNameMatcher.match(text, readable);
        if (mine.found()) {
            return mine;
        }
        UnitNameMatcher.Match any = UnitNameMatcher.match(text, all);
        return any.found() ? any : new UnitNameMatcher.Match(null, readable.isEmpty() ? any.suggestions() : mine.suggestions());
    }
}

package vn.ansinh.units.internal;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.UnitKind;

/**
 * The units in force on the day before a reform and on its first day, indexed to resolve names: by the key of their
 * name within a scope (the old provinces a new province succeeded), by code, and with their parents.
 */
public final class OldMap {

    private static final Map<String, Set<UnitKind>> KIND_WORDS = Map.ofEntries(
            Map.entry("xã", EnumSet.of(UnitKind.COMMUNE)), Map.entry("phường", EnumSet.of(UnitKind.WARD)),
            Map.entry("thị trấn", EnumSet.of(UnitKind.TOWNSHIP)), Map.entry("đặc khu", EnumSet.of(UnitKind.SPECIAL_ZONE)),
            Map.entry("huyện", EnumSet.of(UnitKind.DISTRICT)), Map.entry("quận", EnumSet.of(UnitKind.URBAN_DISTRICT)),
            Map.entry("thị xã", EnumSet.of(UnitKind.TOWN)), Map.entry("tỉnh", EnumSet.of(UnitKind.PROVINCE)),
            Map.entry("thành phố", EnumSet.of(UnitKind.CENTRAL_CITY, UnitKind.PROVINCIAL_CITY)),
            Map.entry("thủ đô", EnumSet.of(UnitKind.CENTRAL_CITY)));

    private final Map<Long, AdministrativeUnit> byId;
    private final List<AdministrativeUnit> before;
    private final Map<Long, List<AdministrativeUnit>> childrenBefore;
    private final Map<String, AdministrativeUnit> onByCode = new HashMap<>();
    private final Map<String, AdministrativeUnit> beforeByCode = new HashMap<>();

    public OldMap(Collection<AdministrativeUnit> units, LocalDate effective) {
        LocalDate dayBefore = effective.minusDays(1);
        byId = units.stream().collect(Collectors.toMap(AdministrativeUnit::id, Function.identity()));
        before = units.stream().filter(u -> u.validOn(dayBefore)).sorted(Comparator.comparing(AdministrativeUnit::id)).toList();
        childrenBefore = before.stream().filter(u -> u.parentId() != null)
                .collect(Collectors.groupingBy(AdministrativeUnit::parentId));
        units.stream().filter(u -> u.validOn(effective)).forEach(u -> index(onByCode, u));
        before.forEach(u -> index(beforeByCode, u));
    }

    private static void index(Map<String, AdministrativeUnit> map, AdministrativeUnit unit) {
        map.put(unit.code(), unit);
        if (unit.gsoCode() != null) {
            map.put(unit.gsoCode(), unit);
        }
    }

    /** The unit bearing a code (GSO or ansinh's) on the first day. */
    public Optional<AdministrativeUnit> on(String code) {
        return Optional.ofNullable(onByCode.get(code));
    }

    /** The unit bearing a code (GSO or ansinh's) the day before. */
    public Optional<AdministrativeUnit> before(String code) {
        return Optional.ofNullable(beforeByCode.get(code));
    }

    public List<AdministrativeUnit> provincesBefore() {
        return before.stream().filter(u -> u.parentId() == null).toList();
    }

    /** Every unit under these, at any depth, in force the day before. */
    public List<AdministrativeUnit> below(Collection<Long> tops) {
        List<AdministrativeUnit> found = new ArrayList<>();
        Deque<Long> pending = new ArrayDeque<>(tops);
        while (!pending.isEmpty()) {
            for (AdministrativeUnit child : childrenBefore.getOrDefault(pending.pop(), List.of())) {
                found.add(child);
                pending.add(child.id());
            }
        }
        return found;
    }

    /** Any unit, in force or not, by its id. */
    public AdministrativeUnit unit(long id) {
        return byId.get(id);
    }

    public Optional<AdministrativeUnit> parent(AdministrativeUnit unit) {
        return unit.parentId() == null ? Optional.empty() : Optional.ofNullable(byId.get(unit.parentId()));
    }

    /** The kinds a kind word names; every kind for none. */
    static Set<UnitKind> kinds(String kindWord) {
        return kindWord == null ? EnumSet.allOf(UnitKind.class) : KIND_WORDS.getOrDefault(kindWord, EnumSet.allOf(UnitKind.class));
    }

    /** The kind word of a unit's kind, to name it in words as the lists do. */
    static String kindWord(UnitKind kind) {
        return KIND_WORDS.entrySet().stream().filter(e -> e.getValue().contains(kind)).map(Map.Entry::getKey)
                .findFirst().orElse("");
    }
}

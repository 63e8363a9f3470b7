package vn.ansinh.units.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.SuccessionChoice;

/**
 * Resolves the predecessors a succession list names in words among the units in force the day before: a province
 * among the old provinces; a commune among the units of the old provinces its new province succeeded, narrowed by
 * the kind and the district the words name. A name that matches no unit or several is left undecided with its
 * candidates unless a person chose; nothing is guessed.
 */
public final class SuccessionResolver {

    /** A predecessor found: the unit, and whether only a part of it went to the successor. */
    public record Link(AdministrativeUnit predecessor, boolean part) {
    }

    /** A new unit with its predecessors resolved. */
    public record Resolved(SuccessionListReader.Row row, AdministrativeUnit successor, List<Link> links) {
    }

    /** Words that name no unit or several, with the units they may mean. */
    public record Undecided(SuccessionListReader.Row row, String words, List<AdministrativeUnit> candidates) {
    }

    /** Everything resolved, undecided and wrong. */
    public record Plan(List<Resolved> resolved, List<Undecided> undecided, List<UnitListReader.Problem> problems,
            int chosen) {
    }

    private static final Map<String, String> ALIASES = Map.of("tphcm", "Hồ Chí Minh", "tp hcm", "Hồ Chí Minh",
            "tp. hồ chí minh", "Hồ Chí Minh");

    private final OldMap map;
    private final Map<String, SuccessionChoice> choices;
    private final Map<Long, List<Long>> oldProvinces = new HashMap<>();
    private final List<Resolved> resolved = new ArrayList<>();
    private final List<Undecided> undecided = new ArrayList<>();
    private final List<UnitListReader.Problem> problems = new ArrayList<>();
    private int chosen;

    private SuccessionResolver(OldMap map, List<SuccessionChoice> choices, Map<Long, List<Long>> recordedProvinces) {
        this.map = map;
        this.choices = choices.stream().collect(Collectors.toMap(c -> key(c.successor(), c.words()), c -> c, (a, b) -> b));
        oldProvinces.putAll(recordedProvinces);
    }

    /**
     * @param recordedProvinces the old provinces already recorded as predecessors of a new province (by id), used
     *        where the list has no row for the province
     */
    public static Plan plan(List<SuccessionListReader.Row> rows, OldMap map, List<SuccessionChoice> choices,
            Map<Long, List<Long>> recordedProvinces) {
        SuccessionResolver resolver = new SuccessionResolver(map, choices, recordedProvinces);
        NameIndex provinces = new NameIndex(map.provincesBefore(), map);
        rows.stream().filter(r -> r.level() == 1).forEach(r -> resolver.province(r, provinces));
        Map<String, NameIndex> scopes = new LinkedHashMap<>();
        rows.stream().filter(r -> r.level() == 2).forEach(r -> resolver.commune(r, scopes));
        return new Plan(resolver.resolved, resolver.undecided, resolver.problems, resolver.chosen);
    }

    private void province(SuccessionListReader.Row row, NameIndex index) {
        successor(row).ifPresent(successor -> {
            List<Link> links = links(row, successor, index);
            oldProvinces.put(successor.id(), links.stream().map(l -> l.predecessor().id()).toList());
        });
    }

    private void commune(SuccessionListReader.Row row, Map<String, NameIndex> scopes) {
        Optional<AdministrativeUnit> province = map.on(row.provinceCode());
        if (province.isEmpty()) {
            problems.add(new UnitListReader.Problem(row.line(), "province_code", "successions.import.successor",
                    row.provinceCode()));
            return;
        }
        List<Long> old = oldProvinces.get(province.get().id());
        if (old == null || old.isEmpty()) {
            problems.add(new UnitListReader.Problem(row.line(), "province_code", "successions.import.noOldProvinces",
                    row.provinceCode()));
            return;
        }
        NameIndex index = scopes.computeIfAbsent(row.provinceCode(), c -> new NameIndex(map.below(old), map));
        successor(row).ifPresent(successor -> links(row, successor, index));
    }

    private Optional<AdministrativeUnit> successor(SuccessionListReader.Row row) {
        Optional<AdministrativeUnit> successor = map.on(row.code());
        if (successor.isEmpty()) {
            problems.add(new UnitListReader.Problem(row.line(), "code", "successions.import.successor", row.code()));
        }
        return successor;
    }

    private List<Link> links(SuccessionListReader.Row row, AdministrativeUnit successor, NameIndex index) {
        List<PredecessorWords.Named> named = PredecessorWords.kept(row.words())
                ? List.of(new PredecessorWords.Named(row.words(), null, successor.name(), null, false))
                : PredecessorWords.read(row.words());
        List<Link> links = new ArrayList<>();
        int before = undecided.size() + problems.size();
        for (int i = 0; i < named.size(); i++) {
            PredecessorWords.Named name = named.get(i);
            resolve(row, name, districtAfter(named, i), index).ifPresent(unit -> links.add(new Link(unit, name.part())));
        }
        if (named.isEmpty()) {
            problems.add(new UnitListReader.Problem(row.line(), "predecessors", "successions.import.noPredecessors"));
        } else if (undecided.size() + problems.size() == before) {
            resolved.add(new Resolved(row, successor, links));
        }
        return links;
    }

    /** «Phường 1, Phường 2, Phường 4 (Quận 5)»: the district named after a run of names, read as a reader would. */
    private static String districtAfter(List<PredecessorWords.Named> named, int from) {
        return named.subList(from, named.size()).stream().map(PredecessorWords.Named::district)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private Optional<AdministrativeUnit> resolve(SuccessionListReader.Row row, PredecessorWords.Named name,
            String districtAfter, NameIndex index) {
        SuccessionChoice choice = choices.get(key(row.code(), name.words()));
        if (choice != null) {
            return chosen(row, choice);
        }
        String printed = ALIASES.getOrDefault(name.name().toLowerCase(java.util.Locale.ROOT), name.name());
        List<AdministrativeUnit> found = index.matching(printed, name.kindWord(), name.district());
        if (found.size() > 1 && name.district() == null && districtAfter != null) {
            List<AdministrativeUnit> inDistrict = index.matching(printed, name.kindWord(), districtAfter);
            found = inDistrict.size() == 1 ? inDistrict : found;
        }
        if (found.size() > 1) {
            // GSO gives a merged unit the code of one of the units merged: of two of the same name, the one whose
            // code the new unit bears is the one the list means.
            List<AdministrativeUnit> sameCode = found.stream().filter(u -> row.code().equals(u.gsoCode())).toList();
            found = sameCode.isEmpty() ? found : sameCode;
        }
        if (found.isEmpty()) {
            // «Xã Pu Nhi» for Pú Nhi (03370) in the new Xã Pu Nhi (03370): the same letters and the code it kept.
            found = index.sameLetters(printed).stream().filter(u -> row.code().equals(u.gsoCode())).toList();
        }
        if (found.size() == 1) {
            return Optional.of(found.get(0));
        }
        undecided.add(new Undecided(row, name.words(), index.candidates(printed)));
        return Optional.empty();
    }

    private Optional<AdministrativeUnit> chosen(SuccessionListReader.Row row, SuccessionChoice choice) {
        chosen++;
        if (choice.noUnit()) {
            return Optional.empty();
        }
        Optional<AdministrativeUnit> unit = map.before(choice.code().strip());
        if (unit.isEmpty()) {
            problems.add(new UnitListReader.Problem(row.line(), "predecessors", "successions.import.choiceUnknown",
                    choice.code(), choice.words()));
        }
        return unit;
    }

    private static String key(String successor, String words) {
        return successor.strip() + "\u0000" + NameKeys.key(words);
    }

    /** Units of a scope by the key of their name. */
    static final class NameIndex {

        private final Map<String, List<AdministrativeUnit>> byName;
        private final List<AdministrativeUnit> all;
        private final Map<Long, String> plainNames;
        private final OldMap map;

        NameIndex(List<AdministrativeUnit> units, OldMap map) {
            this.all = units;
            this.map = map;
            this.byName = units.stream().collect(Collectors.groupingBy(u -> NameKeys.key(u.name())));
            this.plainNames = units.stream().collect(Collectors.toMap(AdministrativeUnit::id, u -> NameKeys.plain(u.name())));
        }

        List<AdministrativeUnit> matching(String name, String kindWord, String district) {
            return byName.getOrDefault(NameKeys.key(name), List.of()).stream()
                    .filter(u -> OldMap.kinds(kindWord).contains(u.kind()))
                    .filter(u -> district == null || map.parent(u)
                            .filter(p -> NameKeys.key(p.name()).equals(NameKeys.key(district))).isPresent())
                    .toList();
        }

        List<AdministrativeUnit> sameLetters(String name) {
            String plain = NameKeys.plain(name);
            return all.stream().filter(u -> plainNames.get(u.id()).equals(plain)).toList();
        }

        /** The units of the same name, or else the three of the nearest names. */
        List<AdministrativeUnit> candidates(String name) {
            List<AdministrativeUnit> same = byName.getOrDefault(NameKeys.key(name), List.of());
            if (!same.isEmpty()) {
                return same;
            }
            String plain = NameKeys.plain(name);
            Map<AdministrativeUnit, Integer> distance = new HashMap<>();
            all.forEach(u -> distance.put(u, Distance.of(plain, plainNames.get(u.id()))));
            return all.stream().sorted(Comparator.comparing(distance::get)).limit(3).toList();
        }
    }
}

package vn.ansinh.units;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.units.internal.UnitRepository;
import vn.ansinh.units.internal.UnitRules;

/**
 * The administrative unit tree: reading it, adding to it, changing a unit. Units are never
 * deleted (figures refer to them): a unit that ends is closed with its valid-to date.
 */
@Service
@Transactional(readOnly = true)
public class Units {

    private final UnitRepository repository;
    private final UnitRules rules;
    private final ApplicationEventPublisher events;

    Units(UnitRepository repository, UnitRules rules, ApplicationEventPublisher events) {
        this.repository = repository;
        this.rules = rules;
        this.events = events;
    }

    public Optional<AdministrativeUnit> byCode(String code) {
        return repository.findByCode(code);
    }

    /**
     * The unit that bears the code on the day: a GSO code names a unit only while it is valid (codes are reused),
     * so it is looked up among the units valid that day; otherwise ansinh's own code, if valid that day.
     */
    public Optional<AdministrativeUnit> bearing(String code, java.time.LocalDate day) {
        Optional<AdministrativeUnit> byGso = repository.findByGsoCode(code).stream().filter(u -> u.validOn(day)).findFirst();
        return byGso.isPresent() ? byGso : repository.findByCode(code).filter(u -> u.validOn(day));
    }

    public Optional<AdministrativeUnit> byId(long id) {
        return repository.findById(id);
    }

    public Map<Long, AdministrativeUnit> byIds(Collection<Long> ids) {
        // H2 compares a long IN list one by one for every row: a national table's 10.000 units are read whole.
        Iterable<AdministrativeUnit> found = ids.size() > 500 ? repository.findAll() : repository.findAllById(ids);
        Set<Long> wanted = ids.size() > 500 ? Set.copyOf(ids) : null;
        return StreamSupport.stream(found.spliterator(), false).filter(u -> wanted == null || wanted.contains(u.id()))
                .collect(Collectors.toMap(AdministrativeUnit::id, Function.identity()));
    }

    public List<AdministrativeUnit> all() {
        return StreamSupport.stream(repository.findAll().spliterator(), false)
                .sorted(Comparator.comparing(AdministrativeUnit::id))
                .toList();
    }

    /**
     * The communes (wards, townships, special zones) in force on some day of the year that readable accepts, in the
     * Vietnamese order of their names: what a commune's register pages offer to choose for that year.
     */
    public List<AdministrativeUnit> communesIn(int year, java.util.function.Predicate<Long> readable) {
        java.text.Collator vietnamese = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi-VN"));
        return all().stream().filter(u -> CommuneNames.KINDS.contains(u.kind()) && u.validIn(year)
                && readable.test(u.id())).sorted(Comparator.comparing(AdministrativeUnit::name, vietnamese)).toList();
    }

    /** Every unit, each followed by the units below it (in the order they were added), with its depth. */
    public List<UnitInTree> tree() {
        return treeOf(all());
    }

    /** These units as a tree, each followed by the units below it (in the order given), with its depth. */
    static List<UnitInTree> treeOf(List<AdministrativeUnit> units) {
        Map<Long, List<AdministrativeUnit>> children = new HashMap<>();
        units.forEach(u -> children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u));
        List<UnitInTree> tree = new ArrayList<>();
        addBelow(null, 0, children, tree, new HashSet<>());
        return tree;
    }

    /** The member units of a unit (its communes, for a district), valid in the given year. */
    public List<AdministrativeUnit> members(long unitId, int year) {
        return repository.findByParentIdOrderById(unitId).stream().filter(u -> u.validIn(year)).toList();
    }

    /** The unit and every unit below it, at any depth. */
    public Set<Long> withDescendants(long unitId) {
        Map<Long, List<AdministrativeUnit>> children = childrenByParent();
        Set<Long> found = new HashSet<>();
        Deque<Long> pending = new ArrayDeque<>(List.of(unitId));
        while (!pending.isEmpty()) {
            Long id = pending.pop();
            if (found.add(id)) {
                children.getOrDefault(id, List.of()).forEach(u -> pending.add(u.id()));
            }
        }
        return found;
    }

    @Transactional
    public AdministrativeUnit add(AdministrativeUnit unit) {
        return repository.save(unit);
    }

    /** Creates a unit, audited; refused with {@link InvalidUnitException} when the draft breaks a rule. */
    @Transactional
    public AdministrativeUnit create(UnitDraft draft) {
        refuseIfInvalid(null, draft);
        AdministrativeUnit created = repository.save(draft.toUnit(null, draft.code(), null));
        events.publishEvent(new UnitChanged(AuditAction.CREATE, null, created));
        return created;
    }

    /**
     * Changes a unit's parent, kind, name and validity (its code stays), audited with the values
     * before and after; an unchanged unit writes nothing. Refused as {@link #create} is.
     */
    @Transactional
    public AdministrativeUnit update(long id, UnitDraft draft) {
        AdministrativeUnit before = repository.findById(id).orElseThrow(() -> new NoSuchElementException("unit " + id));
        refuseIfInvalid(id, draft);
        AdministrativeUnit after = draft.toUnit(id, before.code(), before.gsoCode());
        if (after.equals(before)) {
            return before;
        }
        repository.save(after);
        events.publishEvent(new UnitChanged(AuditAction.UPDATE, before, after));
        return after;
    }

    private void refuseIfInvalid(Long id, UnitDraft draft) {
        FieldProblems problems = rules.check(id, draft);
        if (!problems.isEmpty()) {
            throw new InvalidUnitException(problems);
        }
    }

    private static void addBelow(Long parentId, int depth, Map<Long, List<AdministrativeUnit>> children,
            List<UnitInTree> tree, Set<Long> seen) {
        for (AdministrativeUnit unit : children.getOrDefault(parentId, List.of())) {
            if (seen.add(unit.id())) {
                tree.add(new UnitInTree(unit, depth));
                addBelow(unit.id(), depth + 1, children, tree, seen);
            }
        }
    }

    private Map<Long, List<AdministrativeUnit>> childrenByParent() {
        Map<Long, List<AdministrativeUnit>> children = new HashMap<>();
        all().forEach(u -> children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u));
        return children;
    }
}

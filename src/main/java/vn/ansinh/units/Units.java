package vn.ansinh.units;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.units.internal.UnitRepository;

/** The administrative unit tree: reading it and adding to it. */
@Service
@Transactional(readOnly = true)
public class Units {

    private final UnitRepository repository;

    Units(UnitRepository repository) {
        this.repository = repository;
    }

    public Optional<AdministrativeUnit> byCode(String code) {
        return repository.findByCode(code);
    }

    public Optional<AdministrativeUnit> byId(long id) {
        return repository.findById(id);
    }

    public Map<Long, AdministrativeUnit> byIds(Collection<Long> ids) {
        return StreamSupport.stream(repository.findAllById(ids).spliterator(), false)
                .collect(Collectors.toMap(AdministrativeUnit::id, Function.identity()));
    }

    public List<AdministrativeUnit> all() {
        return StreamSupport.stream(repository.findAll().spliterator(), false)
                .sorted(Comparator.comparing(AdministrativeUnit::id))
                .toList();
    }

    /** The member units of a unit (its communes, for a district), valid in the given year. */
    public List<AdministrativeUnit> members(long unitId, int year) {
        return repository.findByParentIdOrderById(unitId).stream().filter(u -> u.validIn(year)).toList();
    }

    /** The unit and every unit below it, at any depth. */
    public Set<Long> withDescendants(long unitId) {
        Map<Long, List<Long>> children = new HashMap<>();
        all().forEach(u -> {
            if (u.parentId() != null) {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u.id());
            }
        });
        Set<Long> found = new HashSet<>();
        Deque<Long> pending = new ArrayDeque<>(List.of(unitId));
        while (!pending.isEmpty()) {
            Long id = pending.pop();
            if (found.add(id)) {
                pending.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return found;
    }

    @Transactional
    public AdministrativeUnit add(AdministrativeUnit unit) {
        return repository.save(unit);
    }
}

package vn.ansinh.responsibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.responsibility.internal.ResponsibilityRules;
import vn.ansinh.responsibility.internal.ResponsibilityStore;
import vn.ansinh.shared.Domain;

/** The departments responsible for the domains over time: the lookups, and a period added by an administrator. */
@Service
@Transactional(readOnly = true)
public class Responsibilities {

    private final ResponsibilityStore store;
    private final ApplicationEventPublisher events;

    Responsibilities(ResponsibilityStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    public List<Responsibility> all() {
        return store.all();
    }

    /** The periods valid on the day. */
    public List<Responsibility> on(LocalDate day) {
        return all().stream().filter(r -> r.covers(day)).toList();
    }

    /** The department of an indicator (code null: the domain as a whole) on a day; its own row wins over its domain's. */
    public Optional<Department> departmentOf(Domain domain, String indicatorCode, LocalDate day) {
        return DepartmentCut.departmentOf(all(), domain, indicatorCode, day);
    }

    /** The departments responsible for something on some day of the year, the earliest first. */
    public List<Department> during(int year) {
        Map<String, Department> departments = new LinkedHashMap<>();
        inYear(year).stream().sorted(Comparator.comparing(Responsibility::validFrom,
                Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(r -> departments.putIfAbsent(r.department().code(), r.department()));
        return new ArrayList<>(departments.values());
    }

    /**
     * The cut of a programme's year by the department with the code; a blank code is no cut. A department
     * responsible for nothing that year is refused, rather than shown as an empty part.
     */
    public DepartmentCut cut(String departmentCode, int year) {
        List<Responsibility> rows = inYear(year);
        if (departmentCode == null || departmentCode.isBlank()) {
            return new DepartmentCut(null, year, rows);
        }
        Department department = rows.stream().map(Responsibility::department)
                .filter(d -> d.code().equals(departmentCode.strip())).findFirst()
                .orElseThrow(() -> new UnknownDepartmentException(departmentCode, year));
        return new DepartmentCut(department, year, rows);
    }

    /**
     * Adds the period when all of it is right; the open-ended period it follows (same domain, same indicator)
     * ends the day before it begins. Both writes are audited.
     */
    @Transactional
    public Responsibility add(ResponsibilityDraft draft) {
        List<Responsibility> existing = all();
        ResponsibilityRules rules = new ResponsibilityRules();
        Responsibility checked = rules.check(draft, existing)
                .orElseThrow(() -> new InvalidResponsibilityException(rules.problems()));
        ResponsibilityRules.followed(checked, existing).ifPresent(before -> {
            Responsibility after = before.endingOn(checked.validFrom().minusDays(1));
            store.end(before.id(), after.validTo());
            events.publishEvent(new ResponsibilityEnded(before, after));
        });
        Responsibility added = store.insert(checked);
        events.publishEvent(new ResponsibilityAdded(added));
        return added;
    }

    private List<Responsibility> inYear(int year) {
        return all().stream().filter(r -> r.overlaps(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))).toList();
    }
}

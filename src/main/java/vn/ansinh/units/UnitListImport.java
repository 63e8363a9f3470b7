package vn.ansinh.units;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.units.internal.UnitImportPlan;
import vn.ansinh.units.internal.UnitImportStore;
import vn.ansinh.units.internal.UnitListReader;

/**
 * Imports an official unit list (the national lists' columns) with the day it takes effect, all or nothing: units
 * new on that day are created, units renamed, moved or of another kind go on as a new version from that day (the
 * old one ends the day before and is recorded as its predecessor), units the list lacks end the day before. A dry
 * run says the same and writes nothing; the same list imported again finds everything unchanged.
 */
@Service
public class UnitListImport {

    private final UnitImportStore store;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    UnitListImport(UnitImportStore store, MessageSource messages, ApplicationEventPublisher events) {
        this.store = store;
        this.messages = messages;
        this.events = events;
    }

    @Transactional
    public UnitImportResult importList(String file, byte[] content, LocalDate effective, boolean dryRun, Locale locale) {
        UnitListReader.Read read = UnitListReader.read(content);
        if (!read.problems().isEmpty()) {
            return new UnitImportResult(file, effective, dryRun, List.of(), 0, read.problems().stream()
                    .map(p -> new UnitImportProblem(p.line(), p.column(), messages.getMessage(p.code(), p.arguments(),
                            locale))).toList());
        }
        List<UnitListRow> rows = read.rows().stream().sorted(java.util.Comparator.comparingInt(UnitListRow::level)).toList();
        UnitImportPlan plan = UnitImportPlan.of(rows, store.withGsoCodes(), effective);
        UnitImportResult result = new UnitImportResult(file, effective, dryRun, plan.changes(), plan.unchanged(), List.of());
        if (!dryRun) {
            apply(plan, effective);
            events.publishEvent(new UnitsImported(file, effective, result.count(UnitImportChange.Kind.CREATED),
                    result.count(UnitImportChange.Kind.CHANGED), result.count(UnitImportChange.Kind.ENDED), plan.unchanged()));
        }
        return result;
    }

    private void apply(UnitImportPlan plan, LocalDate effective) {
        Set<String> codes = store.codes();
        Map<String, Long> idOfGso = new HashMap<>();
        for (UnitImportPlan.Step step : plan.steps()) {
            UnitListRow row = step.row();
            Long parentId = row.parentGso() == null ? null : idOfGso.get(row.parentGso());
            idOfGso.put(row.gsoCode(), write(step, parentId, effective, codes));
        }
        plan.ended().forEach(unit -> store.end(unit.id(), effective.minusDays(1)));
    }

    private long write(UnitImportPlan.Step step, Long parentId, LocalDate effective, Set<String> codes) {
        AdministrativeUnit current = step.current();
        UnitListRow row = step.row();
        if (step.change() == null) {
            return current.id();
        }
        if (current != null && effective.equals(current.validFrom())) {
            store.correct(current.id(), parentId, row.kind(), row.name());
            return current.id();
        }
        String code = codes.contains(row.gsoCode()) ? row.gsoCode() + "@" + effective : row.gsoCode();
        codes.add(code);
        long id = store.insert(new AdministrativeUnit(null, parentId, row.kind(), code, row.name(), effective, null,
                row.gsoCode()));
        if (current != null) {
            store.end(current.id(), effective.minusDays(1));
            store.succession(current.id(), id, effective, "CONTINUED", null);
        }
        return id;
    }
}

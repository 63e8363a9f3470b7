package vn.ansinh.labour.internal.importing;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ansinh.labour.LabourImportResult;
import vn.ansinh.labour.LabourListProblem;
import vn.ansinh.labour.LabourRecord;
import vn.ansinh.labour.LabourRecorded;
import vn.ansinh.labour.RecordKind;
import vn.ansinh.labour.internal.LabourStore;
import vn.ansinh.labour.internal.RecordRules;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.ColumnLimits;
import vn.ansinh.shared.lists.FileRefused;
import vn.ansinh.shared.lists.ListFiles;
import vn.ansinh.units.CommuneNames;
import vn.ansinh.units.UnitNameMatcher;
import vn.ansinh.units.Units;

/**
 * Imports a labour record list (CSV or XLSX, a record a row): all of it checked first, then — unless a
 * dry run or anything is wrong — written in one transaction, each record audited. A row of a commune
 * the user may not write, or a trainee of a course that is not its commune's, refuses the file.
 */
@Component
public class LabourListImport {

    private final Units units;
    private final LabourStore store;
    private final RecordRules rules;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    private final ColumnLimits limits;

    LabourListImport(Units units, LabourStore store, RecordRules rules, TransactionTemplate transaction,
            ApplicationEventPublisher events, ColumnLimits limits) {
        this.limits = limits;
        this.units = units;
        this.store = store;
        this.rules = rules;
        this.transaction = transaction;
        this.events = events;
    }

    public LabourImportResult run(String file, byte[] content, RecordKind kind, boolean dryRun, AccessScope scope)
            throws IOException {
        LabourListReader reader = new LabourListReader(communes(scope), r -> rules.refusal(r, null), kind, limits::length);
        List<LabourRecord> records;
        try (ListFiles.Rows rows = ListFiles.open(content)) {
            records = reader.read(rows);
        } catch (FileRefused e) {
            return new LabourImportResult(file, dryRun, Map.of(), List.of(new LabourListProblem(e.sheet(), e.row(),
                    e.column(), e.code(), e.arguments())), List.of());
        }
        List<LabourListProblem> problems = new java.util.ArrayList<>(reader.problems());
        records.stream().filter(r -> r.courseId() != null && !store.courseExists(r.courseId(), r.unitId())).findFirst()
                .ifPresent(r -> problems.add(new LabourListProblem(null, 0, "", "labour.list.course", List.of(r.courseId()))));
        if (!problems.isEmpty()) {
            return new LabourImportResult(file, dryRun, Map.of(), problems, reader.notices());
        }
        Map<RecordKind, Integer> byKind = new EnumMap<>(RecordKind.class);
        records.forEach(r -> byKind.merge(r.kind(), 1, Integer::sum));
        if (!dryRun) {
            transaction.executeWithoutResult(status -> records.forEach(r -> events.publishEvent(
                    new LabourRecorded(withId(r, store.insert(r))))));
        }
        return new LabourImportResult(file, dryRun, byKind, List.of(), reader.notices());
    }

    /** A commune by its code or name, in force in the record's year where its date is known. */
    private java.util.function.BiFunction<String, Integer, LabourListReader.Commune> communes(AccessScope scope) {
        CommuneNames names = new CommuneNames(units.all(), scope::canRead);
        return (text, year) -> {
            UnitNameMatcher.Match match = names.find(text, year);
            if (!match.found()) {
                String suggestions = String.join(", ", match.suggestions());
                return year == null ? new LabourListReader.Commune(null, "householdList.commune.unknown", List.of(text, suggestions))
                        : new LabourListReader.Commune(null, "householdList.commune.unknownInYear", List.of(text, year, suggestions));
            }
            return scope.canWrite(match.unit().id()) ? new LabourListReader.Commune(match.unit().id(), null, List.of())
                    : new LabourListReader.Commune(null, "labour.list.notYours", List.of(text));
        };
    }

    private static LabourRecord withId(LabourRecord r, long id) {
        return new LabourRecord(id, r.kind(), r.unitId(), r.date(), r.fullName(), r.sex(), r.birthDate(), r.citizenId(),
                r.place(), r.sector(), r.employer(), r.courseId(), r.completedOn(), r.occupation(), r.level(), r.country(),
                r.contractMonths(), r.note());
    }
}

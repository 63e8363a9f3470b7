package vn.ansinh.households.internal.importing;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ansinh.households.HouseholdImportResult;
import vn.ansinh.households.HouseholdListProblem;
import vn.ansinh.households.HouseholdsImported;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.ColumnLimits;
import vn.ansinh.units.CommuneNames;
import vn.ansinh.units.UnitNameMatcher;
import vn.ansinh.units.Units;
import vn.ansinh.shared.lists.FileRefused;
import vn.ansinh.shared.lists.ListFiles;

/**
 * Imports a household list (CSV or XLSX, one row per member): checks all of it first, then — unless a
 * dry run, or anything is wrong — writes it in one transaction and audits the file. A row of a commune
 * the user may not change is an error, so a list never writes beyond the user's scope.
 */
@Component
public class HouseholdListImport {

    private final Units units;
    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final ColumnLimits limits;

    HouseholdListImport(Units units, JdbcTemplate jdbc, JdbcClient client, TransactionTemplate transaction,
            ApplicationEventPublisher events, ColumnLimits limits) {
        this.limits = limits;
        this.units = units;
        this.jdbc = jdbc;
        this.client = client;
        this.transaction = transaction;
        this.events = events;
    }

    public HouseholdImportResult run(String file, byte[] content, boolean dryRun, AccessScope scope) throws IOException {
        HouseholdListReader reader = new HouseholdListReader(communes(scope), limits::length);
        List<ParsedHousehold> households;
        try (ListFiles.Rows rows = ListFiles.open(content)) {
            households = reader.read(rows);
        } catch (FileRefused e) {
            return refused(file, dryRun, new HouseholdListProblem(e.sheet(), e.row(), e.column(), e.code(), e.arguments()));
        }
        if (!reader.problems().isEmpty()) {
            return new HouseholdImportResult(file, dryRun, 0, 0, 0, 0, convert(reader.problems()), convert(reader.notices()));
        }
        markExisting(households);
        int changed = (int) households.stream().filter(h -> h.wasRegistered).count();
        int statuses = (int) households.stream().filter(h -> h.status != null).count();
        HouseholdImportResult result = new HouseholdImportResult(file, dryRun, households.size() - changed, changed,
                reader.memberRows(), statuses, List.of(), convert(reader.notices()));
        if (!dryRun) {
            transaction.executeWithoutResult(status -> {
                new HouseholdListWriter(jdbc, client).write(households);
                events.publishEvent(new HouseholdsImported(file, result.created(), changed, result.members(), statuses));
            });
        }
        return result;
    }

    /**
     * A commune by its code or name (see {@link CommuneNames}), in force in the row's year where it gives one; one
     * the user may not write is refused.
     */
    private java.util.function.BiFunction<String, Integer, HouseholdListReader.Commune> communes(AccessScope scope) {
        CommuneNames names = new CommuneNames(units.all(), scope::canRead);
        return (text, year) -> {
            UnitNameMatcher.Match match = names.find(text, year);
            if (!match.found()) {
                String suggestions = String.join(", ", match.suggestions());
                return year == null ? new HouseholdListReader.Commune(null, "householdList.commune.unknown", List.of(text, suggestions))
                        : new HouseholdListReader.Commune(null, "householdList.commune.unknownInYear", List.of(text, year, suggestions));
            }
            return scope.canWrite(match.unit().id()) ? new HouseholdListReader.Commune(match.unit().id(), null, List.of())
                    : new HouseholdListReader.Commune(null, "householdList.commune.notYours", List.of(text));
        };
    }

    private void markExisting(List<ParsedHousehold> households) {
        Map<Long, Map<String, Long>> byUnit = new HashMap<>();
        for (ParsedHousehold h : households) {
            Map<String, Long> codes = byUnit.computeIfAbsent(h.unitId, unit -> {
                Map<String, Long> ids = new HashMap<>();
                client.sql("select code, id from household where unit_id = :unit").param("unit", unit)
                        .query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2))).list();
                return ids;
            });
            h.existingId = codes.get(h.code);
            h.wasRegistered = h.existingId != null;
        }
    }

    private static HouseholdImportResult refused(String file, boolean dryRun, HouseholdListProblem problem) {
        return new HouseholdImportResult(file, dryRun, 0, 0, 0, 0, List.of(problem), List.of());
    }

    private static List<HouseholdListProblem> convert(List<ListProblem> problems) {
        return problems.stream().map(p -> new HouseholdListProblem(p.sheet(), p.row(), p.column(), p.code(), p.arguments()))
                .toList();
    }
}

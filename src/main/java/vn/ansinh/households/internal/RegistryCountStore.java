package vn.ansinh.households.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ansinh.households.RegistryMeasure;

/**
 * The registry's counts per commune, year, measure and organisation. Changes add to them in the
 * writer's transaction: the row is made if missing, then its amount is raised or lowered under the
 * row's lock, so concurrent changes never lose a count. Rows are locked in one order (by key), so two
 * writers of the same commune wait for each other instead of deadlocking.
 */
@Component
public class RegistryCountStore {

    /** Counts that belong to no organisation. */
    public static final long NO_ORGANISATION = 0;

    /** A count: commune, year, measure and organisation (NO_ORGANISATION for most). */
    public record Key(long unitId, int year, RegistryMeasure measure, long organisationId) {
    }

    private static final Comparator<Key> LOCK_ORDER = Comparator.comparingLong(Key::unitId).thenComparingInt(Key::year)
            .thenComparing(Key::measure).thenComparingLong(Key::organisationId);

    private final JdbcClient jdbc;

    RegistryCountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(Map<Key, Long> deltas) {
        Map<Key, Long> ordered = new TreeMap<>(LOCK_ORDER);
        ordered.putAll(deltas);
        ordered.forEach((key, delta) -> {
            if (delta == 0) {
                return;
            }
            jdbc.sql("""
                    insert into registry_count (unit_id, count_year, measure, organisation_id, amount)
                    values (:unit, :year, :measure, :organisation, 0) on conflict do nothing""")
                    .params(params(key)).update();
            jdbc.sql("""
                    update registry_count set amount = amount + :delta where unit_id = :unit and count_year = :year
                    and measure = :measure and organisation_id = :organisation""")
                    .params(params(key)).param("delta", delta).update();
        });
    }

    /** Counts of the units in the year that belong to no organisation, by unit and measure. */
    public Map<Long, Map<RegistryMeasure, Long>> of(Collection<Long> unitIds, int year) {
        Map<Long, Map<RegistryMeasure, Long>> counts = new HashMap<>();
        if (unitIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                select unit_id, measure, amount from registry_count
                where unit_id in (:units) and count_year = :year and organisation_id = 0""")
                .param("units", List.copyOf(unitIds)).param("year", year)
                .query((rs, n) -> counts.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(RegistryMeasure.class))
                        .put(RegistryMeasure.valueOf(rs.getString(2)), rs.getLong(3)))
                .list();
        return counts;
    }

    /** Sponsored households of the units in the year, by unit and organisation. */
    public Map<Long, Map<Long, Long>> sponsored(Collection<Long> unitIds, int year) {
        Map<Long, Map<Long, Long>> counts = new HashMap<>();
        if (unitIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                select unit_id, organisation_id, amount from registry_count
                where unit_id in (:units) and count_year = :year and measure = 'SPONSORED' and organisation_id <> 0""")
                .param("units", List.copyOf(unitIds)).param("year", year)
                .query((rs, n) -> counts.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getLong(3)))
                .list();
        return counts;
    }

    private static Map<String, Object> params(Key key) {
        return Map.of("unit", key.unitId(), "year", key.year(), "measure", key.measure().name(),
                "organisation", key.organisationId());
    }
}

package vn.ansinh.households.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ansinh.households.RegistryMeasure;
import vn.ansinh.households.internal.RegistryCountStore.Key;

/** What a full recount of the registry reads: the kept counts, and the statuses and sponsors they count. */
@Component
public class RegistryRecountStore {

    /** Statuses of one commune, year, classification and group, and how many households have them. */
    public record StatusGroup(long unitId, int year, String classification, String category, long households) {
    }

    /** Households of one commune and year sponsored by one organisation. */
    public record SponsorGroup(long unitId, int year, long organisationId, long households) {
    }

    private final JdbcClient jdbc;

    RegistryRecountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every kept count, its row locked until the transaction ends: a writer that changed a status waits to add
     * to its count until the recount is written, and one that already added is waited for, so the recount and
     * the writers' changes never overwrite each other.
     */
    public Map<Key, Long> keptLocked() {
        Map<Key, Long> kept = new HashMap<>();
        jdbc.sql("select unit_id, count_year, measure, organisation_id, amount from registry_count for update")
                .query((rs, n) -> kept.put(new Key(rs.getLong(1), rs.getInt(2), RegistryMeasure.valueOf(rs.getString(3)),
                        rs.getLong(4)), rs.getLong(5)))
                .list();
        return kept;
    }

    public List<StatusGroup> statusGroups() {
        return jdbc.sql("""
                select h.unit_id, s.status_year, s.classification, s.poor_category, count(*) from household_status s
                join household h on h.id = s.household_id
                group by h.unit_id, s.status_year, s.classification, s.poor_category""")
                .query((rs, n) -> new StatusGroup(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5)))
                .list();
    }

    public List<SponsorGroup> sponsorGroups() {
        return jdbc.sql("""
                select h.unit_id, p.sponsor_year, p.organisation_id, count(*) from household_sponsor p
                join household h on h.id = p.household_id group by h.unit_id, p.sponsor_year, p.organisation_id""")
                .query((rs, n) -> new SponsorGroup(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getLong(4))).list();
    }

    /** Sets a count to the amount, making its row if missing. */
    public void set(Key key, long amount) {
        Map<String, Object> params = Map.of("unit", key.unitId(), "year", key.year(), "measure", key.measure().name(),
                "organisation", key.organisationId(), "amount", amount);
        jdbc.sql("""
                insert into registry_count (unit_id, count_year, measure, organisation_id, amount)
                values (:unit, :year, :measure, :organisation, 0) on conflict do nothing""").params(params).update();
        jdbc.sql("""
                update registry_count set amount = :amount where unit_id = :unit and count_year = :year
                and measure = :measure and organisation_id = :organisation""").params(params).update();
    }
}

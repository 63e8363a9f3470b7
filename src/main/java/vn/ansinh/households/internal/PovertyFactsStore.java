package vn.ansinh.households.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ansinh.households.HouseholdRef;
import vn.ansinh.poverty.Classification;

/** Reads of a year's poor and near-poor households and whether the support log has anything for them. */
@Component
public class PovertyFactsStore {

    // H2 compares a bound IN list one element at a time per row read: ask in slices.
    private static final int SLICE = 500;
    private static final String HOUSEHOLD = "select h.id, h.unit_id, h.code, h.village, h.head_name, s.classification";
    private static final String OF_YEAR = " from household h join household_status s on s.household_id = h.id "
            + "and s.status_year = :year where (h.ended_on is null or h.ended_on >= :yearStart)";

    /** A poor or near-poor household, whether it got support in the year and whether every member is insured. */
    public record Row(HouseholdRef household, boolean supported, boolean insured) {
    }

    private final JdbcClient jdbc;

    PovertyFactsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Long, HouseholdRef> poorAmong(Collection<Long> householdIds, int year) {
        Map<Long, HouseholdRef> poor = new HashMap<>();
        for (List<Long> slice : slices(householdIds)) {
            jdbc.sql(HOUSEHOLD + OF_YEAR + " and s.classification = 'POOR' and h.id in (:ids)")
                    .param("year", year).param("yearStart", LocalDate.of(year, 1, 1)).param("ids", slice)
                    .query((rs, n) -> household(rs)).list().forEach(h -> poor.put(h.id(), h));
        }
        return poor;
    }

    /** The communes' poor and near-poor households of the year, by commune, in the order of their codes. */
    public Map<Long, List<Row>> poorOrNearPoor(Collection<Long> unitIds, int year) {
        Map<Long, List<Row>> rows = new LinkedHashMap<>();
        for (List<Long> slice : slices(unitIds)) {
            jdbc.sql(HOUSEHOLD + ", exists (select 1 from household_support x where x.household_id = h.id "
                    + "and x.deleted_at is null and x.support_date between :yearStart and :yearEnd) as supported, "
                    + "not exists (select 1 from household_member m where m.household_id = h.id "
                    + "and not m.health_insurance) as insured"
                    + OF_YEAR + " and s.classification in ('POOR', 'NEAR_POOR') and h.unit_id in (:units) "
                    + "order by h.unit_id, h.code")
                    .param("year", year).param("yearStart", LocalDate.of(year, 1, 1))
                    .param("yearEnd", LocalDate.of(year, 12, 31)).param("units", slice)
                    .query((rs, n) -> new Row(household(rs), rs.getBoolean("supported"),
                            rs.getBoolean("insured"))).list()
                    .forEach(r -> rows.computeIfAbsent(r.household().unitId(), k -> new ArrayList<>()).add(r));
        }
        return rows;
    }

    /**
     * The communes' households poor in the year and not poor the next (the status the year's review gives), by
     * commune, in the order of their codes; each with the classification of the next year.
     */
    public Map<Long, List<HouseholdRef>> leftPoverty(Collection<Long> unitIds, int year) {
        Map<Long, List<HouseholdRef>> left = new LinkedHashMap<>();
        for (List<Long> slice : slices(unitIds)) {
            jdbc.sql("select h.id, h.unit_id, h.code, h.village, h.head_name, n.classification from household h "
                    + "join household_status s on s.household_id = h.id and s.status_year = :year "
                    + "join household_status n on n.household_id = h.id and n.status_year = :next "
                    + "where s.classification = 'POOR' and n.classification <> 'POOR' and h.unit_id in (:units) "
                    + "and (h.ended_on is null or h.ended_on >= :yearStart) order by h.unit_id, h.code")
                    .param("year", year).param("next", year + 1).param("yearStart", LocalDate.of(year, 1, 1))
                    .param("units", slice).query((rs, n) -> household(rs)).list()
                    .forEach(h -> left.computeIfAbsent(h.unitId(), k -> new ArrayList<>()).add(h));
        }
        return left;
    }

    private static HouseholdRef household(ResultSet rs) throws SQLException {
        return new HouseholdRef(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("code"), rs.getString("village"),
                rs.getString("head_name"), Classification.valueOf(rs.getString("classification")));
    }

    private static List<List<Long>> slices(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<List<Long>> slices = new ArrayList<>();
        for (int i = 0; i < all.size(); i += SLICE) {
            slices.add(all.subList(i, Math.min(all.size(), i + SLICE)));
        }
        return slices;
    }
}

package vn.ansinh.households.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ansinh.households.CannotExitReason;
import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdStatus;
import vn.ansinh.households.PoorCategory;
import vn.ansinh.poverty.Classification;

/** The households' statuses by year. */
@Component
public class HouseholdStatusStore {

    private static final String STATUS = "select status_year, classification, poor_category, cannot_exit_reason, note "
            + "from household_status ";

    private final JdbcClient jdbc;

    HouseholdStatusStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<HouseholdStatus> status(long householdId, int year) {
        return jdbc.sql(STATUS + "where household_id = :id and status_year = :year").param("id", householdId)
                .param("year", year).query((rs, n) -> status(rs, 1)).optional();
    }

    /** Every status the household has had, oldest first. */
    public List<HouseholdStatus> statuses(long householdId) {
        return jdbc.sql(STATUS + "where household_id = :id order by status_year").param("id", householdId)
                .query((rs, n) -> status(rs, 1)).list();
    }

    /** The statuses of these households in the year, by household. */
    public Map<Long, HouseholdStatus> statuses(List<Long> householdIds, int year) {
        Map<Long, HouseholdStatus> statuses = new HashMap<>();
        if (householdIds.isEmpty()) {
            return statuses;
        }
        jdbc.sql("""
                select household_id, status_year, classification, poor_category, cannot_exit_reason, note
                from household_status where household_id in (:ids) and status_year = :year""")
                .param("ids", householdIds).param("year", year)
                .query((rs, n) -> statuses.put(rs.getLong(1), status(rs, 2))).list();
        return statuses;
    }

    /** Those of the households that were poor in a year before this one. */
    public Set<Long> poorBefore(List<Long> householdIds, int year) {
        return householdIds.isEmpty() ? Set.of() : new HashSet<>(jdbc.sql("""
                select distinct household_id from household_status where household_id in (:ids)
                and status_year < :year and classification = 'POOR'""").param("ids", householdIds).param("year", year)
                .query(Long.class).list());
    }

    /** The poor households of the commune in the year that poverty-reduction policy can lift out, by code. */
    public List<Household> canExit(long unitId, int year) {
        return jdbc.sql("select h.id, h.unit_id, h.code, h.village, h.head_name, h.address, h.ethnicity, h.phone, h.area "
                + "from household h join household_status s on s.household_id = h.id and s.status_year = :year "
                + "where h.unit_id = :unit and s.classification = 'POOR' and s.poor_category = 'CAN_EXIT' order by h.code")
                .param("unit", unitId).param("year", year).query((rs, n) -> HouseholdStore.household(rs, List.of())).list();
    }

    public void saveStatus(long householdId, HouseholdStatus status, boolean exists) {
        String sql = exists
                ? """
                  update household_status set classification = :classification, poor_category = :category,
                  cannot_exit_reason = :reason, note = :note where household_id = :id and status_year = :year"""
                : """
                  insert into household_status (household_id, status_year, classification, poor_category,
                  cannot_exit_reason, note) values (:id, :year, :classification, :category, :reason, :note)""";
        jdbc.sql(sql).param("id", householdId).param("year", status.year())
                .param("classification", status.classification().name())
                .param("category", status.category() == null ? null : status.category().name())
                .param("reason", status.reason() == null ? null : status.reason().name()).param("note", status.note())
                .update();
    }

    public void deleteStatus(long householdId, int year) {
        jdbc.sql("delete from household_status where household_id = :id and status_year = :year")
                .param("id", householdId).param("year", year).update();
    }

    /** The status whose year is in column first of the row, the rest after it. */
    private static HouseholdStatus status(ResultSet rs, int first) throws SQLException {
        return new HouseholdStatus(rs.getInt(first), Classification.valueOf(rs.getString(first + 1)),
                enumOf(PoorCategory.class, rs.getString(first + 2)), enumOf(CannotExitReason.class, rs.getString(first + 3)),
                rs.getString(first + 4));
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}

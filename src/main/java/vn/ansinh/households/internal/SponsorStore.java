package vn.ansinh.households.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which organisation sponsors which household in a year. */
@Component
public class SponsorStore {

    private final JdbcClient jdbc;

    SponsorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> of(long householdId, int year) {
        return jdbc.sql("select organisation_id from household_sponsor where household_id = :id and sponsor_year = :year")
                .param("id", householdId).param("year", year).query(Long.class).optional();
    }

    public Map<Long, Long> of(List<Long> householdIds, int year) {
        Map<Long, Long> sponsors = new HashMap<>();
        if (householdIds.isEmpty()) {
            return sponsors;
        }
        jdbc.sql("select household_id, organisation_id from household_sponsor where household_id in (:ids) "
                + "and sponsor_year = :year").param("ids", householdIds).param("year", year)
                .query((rs, n) -> sponsors.put(rs.getLong(1), rs.getLong(2))).list();
        return sponsors;
    }

    /** The household's sponsor of each year it had one, by year. */
    public Map<Integer, Long> years(long householdId) {
        Map<Integer, Long> sponsors = new HashMap<>();
        jdbc.sql("select sponsor_year, organisation_id from household_sponsor where household_id = :id")
                .param("id", householdId).query((rs, n) -> sponsors.put(rs.getInt(1), rs.getLong(2))).list();
        return sponsors;
    }

    public void set(long householdId, int year, Long organisationId, boolean exists) {
        if (organisationId == null) {
            jdbc.sql("delete from household_sponsor where household_id = :id and sponsor_year = :year")
                    .param("id", householdId).param("year", year).update();
        } else if (exists) {
            jdbc.sql("update household_sponsor set organisation_id = :org where household_id = :id and sponsor_year = :year")
                    .param("org", organisationId).param("id", householdId).param("year", year).update();
        } else {
            jdbc.sql("insert into household_sponsor (household_id, sponsor_year, organisation_id) values (:id, :year, :org)")
                    .param("org", organisationId).param("id", householdId).param("year", year).update();
        }
    }
}

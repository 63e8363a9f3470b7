package vn.ansinh.privacy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

import vn.ansinh.privacy.AccessRecord;
import vn.ansinh.shared.AccessPurpose;
import vn.ansinh.shared.PersonalDataAction;
import vn.ansinh.shared.PersonalDataShown;

/**
 * The SQL of the access log. Only INSERT and SELECT, on purpose, as for the audit log: no code path changes or
 * removes an entry. Times are stored as UTC wall-clock times and read back as instants.
 */
@Repository
public class AccessLogStore {

    /** citizen_ids holds at most this many characters; a longer list keeps the IDs that fit. */
    private static final int CITIZEN_IDS = 4000;
    private static final String SELECT = "select id, occurred_at, actor, action, purpose, household_id, household_code, "
            + "unit_id, citizen_ids from personal_data_access";
    private static final String ABOUT = " where (citizen_ids like :pattern or household_code = :subject)";

    private final JdbcClient jdbc;

    AccessLogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Instant at, PersonalDataShown shown) {
        jdbc.sql("""
                insert into personal_data_access (occurred_at, actor, action, purpose, household_id, household_code,
                unit_id, citizen_ids) values (:at, :actor, :action, :purpose, :household, :code, :unit, :ids)""")
                .param("at", LocalDateTime.ofInstant(at, ZoneOffset.UTC)).param("actor", shown.username())
                .param("action", shown.action().name()).param("purpose", shown.purpose().name())
                .param("household", shown.householdId()).param("code", shown.householdCode())
                .param("unit", shown.unitId()).param("ids", joined(shown.citizenIds())).update();
    }

    /** Newest first; subject null for every entry. */
    public List<AccessRecord> find(String subject, int limit, long offset) {
        return about(SELECT, subject, " order by occurred_at desc, id desc limit :limit offset :offset")
                .param("limit", limit).param("offset", offset).query(AccessLogStore::record).list();
    }

    public long count(String subject) {
        return about("select count(*) from personal_data_access", subject, "").query(Long.class).single();
    }

    private StatementSpec about(String select, String subject, String rest) {
        if (subject == null) {
            return jdbc.sql(select + rest);
        }
        String citizenId = subject.replaceAll("[\\s.]", "");
        return jdbc.sql(select + ABOUT + rest).param("pattern", "%," + citizenId + ",%").param("subject", subject);
    }

    /** ",id1,id2,": each ID between commas, so LIKE finds one whole ID. */
    static String joined(List<String> citizenIds) {
        if (citizenIds.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder(",");
        for (String id : citizenIds) {
            if (text.length() + id.length() + 1 > CITIZEN_IDS) {
                break;
            }
            text.append(id).append(',');
        }
        return text.toString();
    }

    private static AccessRecord record(ResultSet rs, int row) throws SQLException {
        String ids = rs.getString("citizen_ids");
        List<String> citizenIds = ids == null ? List.of()
                : Arrays.stream(ids.split(",")).filter(id -> !id.isEmpty()).toList();
        return new AccessRecord(rs.getLong("id"), rs.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getString("actor"), PersonalDataAction.valueOf(rs.getString("action")),
                AccessPurpose.valueOf(rs.getString("purpose")), rs.getObject("household_id", Long.class),
                rs.getString("household_code"), rs.getObject("unit_id", Long.class), citizenIds);
    }
}

package vn.ansinh.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.AuditFilter;
import vn.ansinh.shared.OfficeTime;

/**
 * The SQL of the audit log. Only INSERT and SELECT, on purpose: no code path may change or remove
 * an entry (a test searches the production sources to keep it so). Times are stored as UTC wall-clock
 * times (timestamp without zone), whatever the server's zone, and read back as instants.
 */
@Repository
public class AuditEventStore {

    private static final String SELECT = "select id, occurred_at, actor, action, entity_type, entity_id, unit_id, "
            + "old_value, new_value from audit_event";
    private static final String NEWEST_FIRST = " order by occurred_at desc, id desc";

    private final JdbcClient jdbc;

    AuditEventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(AuditEvent event) {
        jdbc.sql("""
                insert into audit_event (occurred_at, actor, action, entity_type, entity_id, unit_id, old_value, new_value)
                values (:occurredAt, :actor, :action, :entityType, :entityId, :unitId, :oldValue, :newValue)""")
                .param("occurredAt", utc(event.occurredAt())).param("actor", event.actor())
                .param("action", event.action()).param("entityType", event.entityType())
                .param("entityId", event.entityId()).param("unitId", event.unitId())
                .param("oldValue", event.oldValue()).param("newValue", event.newValue())
                .update();
    }

    public List<AuditEvent> find(AuditFilter filter, int limit, long offset) {
        Conditions where = Conditions.of(filter);
        return jdbc.sql(SELECT + where.sql() + NEWEST_FIRST + " limit :limit offset :offset")
                .params(where.params())
                .param("limit", limit)
                .param("offset", offset)
                .query(AuditEventStore::event)
                .list();
    }

    public long count(AuditFilter filter) {
        Conditions where = Conditions.of(filter);
        return jdbc.sql("select count(*) from audit_event" + where.sql()).params(where.params())
                .query(Long.class).single();
    }

    public void forEach(AuditFilter filter, Consumer<AuditEvent> each) {
        Conditions where = Conditions.of(filter);
        try (Stream<AuditEvent> events = jdbc.sql(SELECT + where.sql() + NEWEST_FIRST).params(where.params())
                .query(AuditEventStore::event).stream()) {
            events.forEach(each);
        }
    }

    public List<String> entityTypes() {
        return jdbc.sql("select distinct entity_type from audit_event order by entity_type").query(String.class).list();
    }

    /** Known actors for the filter's suggestions; failed logins may add many, so only the first few hundred. */
    public List<String> actors() {
        return jdbc.sql("select distinct actor from audit_event order by actor limit 300").query(String.class).list();
    }

    /** One row as an entry (its time stored in UTC); public for tests that read the table themselves. */
    public static AuditEvent event(ResultSet row, int number) throws SQLException {
        return new AuditEvent(row.getLong("id"), row.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                row.getString("actor"), row.getString("action"), row.getString("entity_type"),
                row.getString("entity_id"), row.getObject("unit_id", Long.class), row.getString("old_value"),
                row.getString("new_value"));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The start of an office day, as stored. */
    private static LocalDateTime startOf(LocalDate officeDay) {
        return officeDay == null ? null : utc(officeDay.atStartOfDay(OfficeTime.ZONE).toInstant());
    }

    /** The where clause of a filter with its named parameters; dates are whole office days, both ends included. */
    private record Conditions(String sql, Map<String, Object> params) {

        static Conditions of(AuditFilter filter) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new HashMap<>();
            add(conditions, params, "actor = :actor", "actor", filter.actor());
            add(conditions, params, "unit_id = :unitId", "unitId", filter.unitId());
            add(conditions, params, "entity_type = :entityType", "entityType", filter.entityType());
            add(conditions, params, "occurred_at >= :from", "from",
                    startOf(filter.from()));
            add(conditions, params, "occurred_at < :before", "before",
                    filter.to() == null ? null : startOf(filter.to().plusDays(1)));
            return new Conditions(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
        }

        private static void add(List<String> conditions, Map<String, Object> params, String condition, String name,
                Object value) {
            if (value != null) {
                conditions.add(condition);
                params.put(name, value);
            }
        }
    }
}

package vn.ansinh.audit;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.audit.internal.AuditEventStore;

/** Reads audit_event straight from the database, so tests (of any module) do not take the log's word for itself. */
public record AuditRows(JdbcClient jdbc) {

    public List<AuditEvent> all() {
        return jdbc.sql("select * from audit_event order by id").query(AuditEventStore::event).list();
    }

    public List<AuditEvent> where(String condition, Object... values) {
        var statement = jdbc.sql("select * from audit_event where " + condition + " order by id");
        for (int i = 0; i < values.length; i++) {
            statement = statement.param(i + 1, values[i]);
        }
        return statement.query(AuditEventStore::event).list();
    }

    /** The newest entry's id (0 in an empty log): what {@link #since} counts from. */
    public long lastId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
    }

    /** The entries written after the one with this id, oldest first. */
    public List<AuditEvent> since(long id) {
        return where("id > ?", id);
    }

    public long count() {
        return jdbc.sql("select count(*) from audit_event").query(Long.class).single();
    }
}

package vn.ansinh.labour.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.labour.RecordKind;

/**
 * Which labour records a list shows: of these units, between two days, of a kind (null: any), and
 * whether deleted ones are shown too (for administrators, who may restore them).
 */
public record RecordFilter(List<Long> units, LocalDate from, LocalDate to, RecordKind kind, boolean withDeleted) {

    String where() {
        return "where unit_id in (:units) and record_date between :from and :to"
                + (kind == null ? "" : " and kind = :kind") + (withDeleted ? "" : " and deleted_at is null");
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql) {
        JdbcClient.StatementSpec bound = sql.param("units", units).param("from", from).param("to", to);
        return kind == null ? bound : bound.param("kind", kind.name());
    }
}

package vn.ansinh.households.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.ansinh.households.DeletedSupport;
import vn.ansinh.households.Support;
import vn.ansinh.households.SupportKind;

/**
 * The support log's entries. A deleted entry stays, marked with who deleted it and when, so that an
 * administrator can restore it; every read but the deleted ones' leaves it out.
 */
@Component
public class SupportStore {

    private static final String COLUMNS = "id, household_id, kind, quantity, quantity_unit, value_vnd, support_date, "
            + "organisation_id, note";

    private final JdbcClient jdbc;

    SupportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(Support support) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into household_support (household_id, kind, quantity, quantity_unit, value_vnd, support_date,
                organisation_id, note) values (:household, :kind, :quantity, :unit, :value, :date, :organisation, :note)""")
                .param("household", support.householdId()).param("kind", support.kind().name())
                .param("quantity", support.quantity()).param("unit", support.quantityUnit())
                .param("value", support.value()).param("date", support.date())
                .param("organisation", support.organisationId()).param("note", support.note()).update(key, "id");
        return key.getKey().longValue();
    }

    /** An entry that is not deleted. */
    public Optional<Support> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from household_support where id = :id and deleted_at is null")
                .param("id", id).query((rs, n) -> support(rs)).optional();
    }

    /** A deleted entry. */
    public Optional<DeletedSupport> deletedById(long id) {
        return jdbc.sql("select " + COLUMNS + ", deleted_by, deleted_at from household_support "
                + "where id = :id and deleted_at is not null").param("id", id).query((rs, n) -> deleted(rs)).optional();
    }

    /** The household's entries that are not deleted, oldest first. */
    public List<Support> of(long householdId) {
        return jdbc.sql("select " + COLUMNS + " from household_support where household_id = :id and deleted_at is null "
                + "order by support_date, id").param("id", householdId).query((rs, n) -> support(rs)).list();
    }

    /** The household's deleted entries, the last deleted first. */
    public List<DeletedSupport> deletedOf(long householdId) {
        return jdbc.sql("select " + COLUMNS + ", deleted_by, deleted_at from household_support "
                + "where household_id = :id and deleted_at is not null order by deleted_at desc, id")
                .param("id", householdId).query((rs, n) -> deleted(rs)).list();
    }

    public void update(Support support) {
        jdbc.sql("""
                update household_support set kind = :kind, quantity = :quantity, quantity_unit = :unit, value_vnd = :value,
                support_date = :date, organisation_id = :organisation, note = :note where id = :id and deleted_at is null""")
                .param("kind", support.kind().name()).param("quantity", support.quantity())
                .param("unit", support.quantityUnit()).param("value", support.value()).param("date", support.date())
                .param("organisation", support.organisationId()).param("note", support.note()).param("id", support.id())
                .update();
    }

    public void delete(long id, String user, Instant at) {
        jdbc.sql("update household_support set deleted_by = :user, deleted_at = :at where id = :id and deleted_at is null")
                .param("user", user).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("id", id).update();
    }

    public void restore(long id) {
        jdbc.sql("update household_support set deleted_by = null, deleted_at = null where id = :id").param("id", id)
                .update();
    }

    private static Support support(ResultSet rs) throws SQLException {
        return new Support(rs.getLong(1), rs.getLong(2), SupportKind.valueOf(rs.getString(3)), rs.getBigDecimal(4),
                rs.getString(5), rs.getBigDecimal(6), rs.getObject(7, LocalDate.class), rs.getObject(8, Long.class),
                rs.getString(9));
    }

    private static DeletedSupport deleted(ResultSet rs) throws SQLException {
        return new DeletedSupport(support(rs), rs.getString(10), rs.getObject(11, OffsetDateTime.class).toInstant());
    }
}

package vn.ansinh.audit.internal;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import vn.ansinh.shared.NumberedJavaMigration;

/**
 * Migration 54: seals the household values of audit entries written before V53 as every entry is sealed now, so
 * that anonymising a household reaches them too; a household already anonymised gets a key that is never kept,
 * so its earlier entries read as erased at once. The one change of audit rows besides V47's: it changes what can
 * be read of an entry's values, never who, when or what (AuditAppendOnlyTest names it).
 */
@Component
class SealEarlierHouseholdEntries extends NumberedJavaMigration {

    private static final int MAX_VALUE = 20_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    SealEarlierHouseholdEntries() {
        super(54, "seal earlier household audit values");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Map<String, byte[]> keys = new HashMap<>();
        Set<String> kept = new HashSet<>();
        try (PreparedStatement read = connection.prepareStatement("""
                select e.id, e.entity_id, e.old_value, e.new_value, h.anonymised_on from audit_event e
                left join household h on cast(h.id as varchar(20)) = e.entity_id
                where e.entity_type = 'household' and e.action in ('CREATE', 'UPDATE')""");
                ResultSet rows = read.executeQuery();
                PreparedStatement write = connection.prepareStatement(
                        "update audit_event set old_value = ?, new_value = ? where id = ?")) {
            while (rows.next()) {
                String before = rows.getString(3);
                String after = rows.getString(4);
                if (!holdsAHousehold(before) && !holdsAHousehold(after)) {
                    continue;
                }
                String subject = "household:" + rows.getString(2);
                byte[] key = keys.computeIfAbsent(subject, s -> newKey());
                write.setString(1, sealed(subject, key, before));
                write.setString(2, sealed(subject, key, after));
                write.setLong(3, rows.getLong(1));
                write.addBatch();
                if (rows.getObject(5) == null && kept.add(subject)) {
                    keep(connection, subject, key);
                }
            }
            write.executeBatch();
        }
    }

    /** A HouseholdChanged value (the household whole) not sealed yet; an end or a status is not personal. */
    private static boolean holdsAHousehold(String value) {
        return value != null && !SealedValue.isSealed(value) && value.contains("\"members\"");
    }

    private static String sealed(String subject, byte[] key, String json) {
        if (json == null) {
            return null;
        }
        String sealed = SealedValue.seal(subject, key, json);
        if (sealed.length() <= MAX_VALUE) {
            return sealed;
        }
        String cut = "{\"truncated\":true,\"length\":" + json.length() + "}";
        return SealedValue.seal(subject, key, cut);
    }

    private static void keep(Connection connection, String subject, byte[] key) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into audit_subject_key (subject, secret) values (?, ?) on conflict do nothing")) {
            insert.setString(1, subject);
            insert.setString(2, Base64.getEncoder().encodeToString(key));
            insert.executeUpdate();
        }
    }

    private static byte[] newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }
}

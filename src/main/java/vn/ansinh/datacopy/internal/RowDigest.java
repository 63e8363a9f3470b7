package vn.ansinh.datacopy.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.HexFormat;

/**
 * A digest of a table's rows that reads alike on H2 and PostgreSQL: numbers without trailing zeros, times as
 * the instant they name, days as days — so equal digests mean equal rows, whatever each driver returns.
 */
public final class RowDigest {

    private final MessageDigest digest;

    public RowDigest() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void add(Object[] row) {
        for (Object value : row) {
            digest.update(text(value).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        digest.update((byte) '\n');
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    static String text(Object value) {
        if (value == null) {
            return "\u2205";
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().toString();
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant().toString();
        }
        if (value instanceof Date d) {
            return d.toLocalDate().toString();
        }
        return value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : value.toString();
    }
}

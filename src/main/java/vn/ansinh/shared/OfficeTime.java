package vn.ansinh.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * The one place that turns instants into the times users read: the offices are in Viet Nam, so
 * every time shown — a lock-out, an audit entry, a report's submission — is in Asia/Ho_Chi_Minh,
 * whatever zone the server runs in. Pages call it as {@code @officeTime.format(…)}.
 */
@Component("officeTime")
public class OfficeTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    /** "00:27 08/12/2026" in office time; "" for none. */
    public static String minute(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant.atZone(ZONE));
    }

    /** "07/12/2026 09:22:28" for an instant, in office time. */
    public String format(Instant instant) {
        return instant == null ? "" : SECOND.format(instant.atZone(ZONE));
    }
}

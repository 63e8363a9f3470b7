package vn.ansinh.households;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A support entry deleted, with who deleted it and when: left out of every list and total until restored. */
public record DeletedSupport(Support support, String deletedBy, Instant deletedAt) {

    /** When it was deleted, as the offices read the time. */
    public ZonedDateTime deletedAtLocal() {
        return deletedAt.atZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}

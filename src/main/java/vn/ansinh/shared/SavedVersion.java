package vn.ansinh.shared;

import java.time.Instant;

/**
 * How many times a shared record (a programme's text, a catalogue entry) was saved, and who saved it last and
 * when: a form carries the version it was read at, so a save over a newer one can be refused naming them.
 */
public record SavedVersion(int version, String changedBy, Instant changedAt) {

    /** Who saved it last; "?" for a record never saved in ansinh (seeded). */
    public String who() {
        return changedBy == null ? "?" : changedBy;
    }

    /** When it was saved last, in office time ("09:22 07/12/2026"). */
    public String when() {
        return OfficeTime.minute(changedAt);
    }
}

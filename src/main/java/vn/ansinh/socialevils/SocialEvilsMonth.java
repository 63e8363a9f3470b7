package vn.ansinh.socialevils;

import java.time.Instant;
import java.time.YearMonth;

import vn.ansinh.shared.SavedVersion;

/** A commune's counts of a month as saved: how many times (version), by whom last and when. */
public record SocialEvilsMonth(long id, long unitId, YearMonth month, SocialEvilsCounts counts, int version,
        String changedBy, Instant changedAt) {

    public SavedVersion saved() {
        return new SavedVersion(version, changedBy, changedAt);
    }
}

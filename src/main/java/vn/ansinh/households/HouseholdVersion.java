package vn.ansinh.households;

import java.time.Instant;

/** How many times a household was saved, and who saved it last and when (none before its first correction). */
public record HouseholdVersion(int version, String changedBy, Instant changedAt) {
}

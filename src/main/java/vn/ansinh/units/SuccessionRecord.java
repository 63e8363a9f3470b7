package vn.ansinh.units;

import java.time.LocalDate;

/** One step of a succession as recorded: the unit before, the unit after, the day, the kind and its legal basis. */
public record SuccessionRecord(long predecessorId, long successorId, LocalDate effectiveOn, SuccessionKind kind,
        String legalBasis) {
}

package vn.ansinh.units;

import java.time.LocalDate;
import java.util.List;

/**
 * A succession as an administrator enters it: the units before (by id), the unit after, the day it took effect
 * and its legal basis (the resolution's number).
 */
public record SuccessionDraft(List<Long> predecessorIds, Long successorId, LocalDate effectiveOn, SuccessionKind kind,
        String legalBasis) {

    public SuccessionDraft {
        predecessorIds = predecessorIds == null ? List.of() : List.copyOf(predecessorIds);
    }
}

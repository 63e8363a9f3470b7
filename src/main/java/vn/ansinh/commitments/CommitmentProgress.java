package vn.ansinh.commitments;

import java.time.Instant;
import java.time.LocalDate;

/** A party's progress on a commitment in a reporting period (its code and last day), with who recorded it and when. */
public record CommitmentProgress(long commitmentId, String periodCode, LocalDate periodEndsOn, CommitmentStatus status,
        String evidence, String recordedBy, Instant recordedAt) {
}

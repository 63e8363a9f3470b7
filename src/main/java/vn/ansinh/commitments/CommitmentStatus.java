package vn.ansinh.commitments;

/** Where a party is with a commitment in a period, as it reports it. */
public enum CommitmentStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE
}

package vn.ansinh.commitments;

/** How often a commitment is acted on, as its wording says it; ongoing where it says nothing. */
public enum Cadence {
    MONTHLY,
    QUARTERLY,
    YEARLY,
    ONGOING
}

package vn.ansinh.households;

/** Why a poor household cannot leave poverty by poverty-reduction policy. */
public enum CannotExitReason {
    NO_LABOUR_CAPACITY,
    ELDERLY_ALONE,
    SEVERE_DISABILITY,
    CHRONIC_ILLNESS,
    OTHER
}

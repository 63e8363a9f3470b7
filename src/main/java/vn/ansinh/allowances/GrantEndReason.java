package vn.ansinh.allowances;

/** Why a grant ended: a death owes funeral support (social assistance), a move or a lost eligibility does not. */
public enum GrantEndReason {
    DEATH,
    MOVED,
    NO_LONGER_ELIGIBLE
}

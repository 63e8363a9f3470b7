package vn.ansinh.households;

/** A member's sex as registers record it: M (nam), F (nữ). */
public enum Sex {
    M,
    F
}

package vn.ansinh.gratitude;

/** A gratitude house newly built, or an existing house repaired. */
public enum HouseKind {
    BUILT, REPAIRED
}

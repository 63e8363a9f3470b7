package vn.ansinh.households;

/**
 * What the registry counts per commune and year: households, and households by status — and, per
 * organisation, the poor households it sponsors (SPONSORED).
 */
public enum RegistryMeasure {
    HOUSEHOLDS,
    POOR,
    POOR_CAN_EXIT,
    POOR_CANNOT_EXIT,
    NEAR_POOR,
    MEDIUM,
    SPONSORED
}

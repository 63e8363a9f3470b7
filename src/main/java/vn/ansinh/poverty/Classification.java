package vn.ansinh.poverty;

/** A household's living standard under a poverty standard. */
public enum Classification {
    /** Hộ nghèo. */
    POOR,
    /** Hộ cận nghèo. */
    NEAR_POOR,
    /** Hộ có mức sống trung bình (from 2022). */
    MEDIUM,
    /** None of these. */
    NOT_POOR
}

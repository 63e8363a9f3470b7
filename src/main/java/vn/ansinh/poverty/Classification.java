package vn.ansinh.poverty;

/** A household's living standard under a poverty standard. */
public enum Classification {
    /** Hộ nghèo. */
    POOR,
    /** Hộ cận nghèo. */
    NEAR_POOR,
    /** Hộ có mức sống trung bình (QĐ 59/2015 and NĐ 07/2021 define it). */
    MEDIUM,
    /** None of these. */
    NOT_POOR
}

package vn.ansinh.poverty;

/** How a standard's income lines and deprivations classify a household. */
public enum PovertyRule {
    /**
     * QĐ 59/2015: poor at or below the poor line; between the poor and the near-poor line, poor with at
     * least the threshold of deprivations, near-poor with fewer; above the near-poor line and up to the
     * medium line, medium living standard; above it (or above the near-poor line where there is no
     * medium line), none of these.
     */
    TWO_BAND,
    /**
     * NĐ 07/2021: at or below the poor line, poor with at least the threshold of deprivations and
     * near-poor with fewer; above it and up to the medium line, medium living standard.
     */
    INCOME_AND_DEPRIVATIONS
}

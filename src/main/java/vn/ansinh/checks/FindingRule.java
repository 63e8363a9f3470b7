package vn.ansinh.checks;

/** The rule a printed figure breaks. */
public enum FindingRule {
    /** A printed total is not the sum of the rows. */
    COLUMN_TOTAL,
    /** A printed difference, sum or rate is not what the column's formula gives. */
    FORMULA,
    /** A column is not the sum of its parts (poor = can exit + cannot exit). */
    SUM_OF_PARTS,
    /** A figure disagrees with the matching figure of another table. */
    CROSS_TABLE,
    /** A figure in the text disagrees with the table it states. */
    TEXT_FIGURE,
    /** A plan figure in the text disagrees with the recorded plan. */
    PLAN_FIGURE,
    /** The k of "k/n units" in the text disagrees with the recorded target. */
    UNIT_COUNT,
    /** The n of "k/n units" in the text is not the number of member units. */
    UNIT_TOTAL
}

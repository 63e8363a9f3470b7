package vn.ansinh.households;

/** Kinds of support a household receives. */
public enum SupportKind {
    /** Ngày công lao động. */
    WORKING_DAYS,
    /** Cây giống, hạt giống. */
    SEEDLINGS_AND_SEED,
    /** Thức ăn chăn nuôi. */
    ANIMAL_FEED,
    /** Vốn, hoặc vay vốn Ngân hàng Chính sách xã hội. */
    CAPITAL_OR_LOAN,
    /** Nhà ở. */
    HOUSING,
    /** Đào tạo nghề. */
    VOCATIONAL_TRAINING,
    /** Việc làm. */
    JOB,
    OTHER
}

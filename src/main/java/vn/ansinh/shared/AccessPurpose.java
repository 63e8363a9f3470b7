package vn.ansinh.shared;

/**
 * Why a user looks at personal data unmasked, chosen once per session from this fixed list (the law asks for
 * a stated purpose; free text would not be filterable). Shown as {@code privacy.purpose.<NAME>}.
 */
public enum AccessPurpose {
    /** «Rà soát hộ nghèo». */
    POVERTY_REVIEW,
    /** «Chi trả chính sách». */
    BENEFIT_PAYMENT,
    /** «Báo cáo theo yêu cầu». */
    REQUESTED_REPORT,
    /** «Yêu cầu của chủ thể dữ liệu»: the person asked for their own data. */
    SUBJECT_REQUEST,
    /** «Khác». */
    OTHER
}

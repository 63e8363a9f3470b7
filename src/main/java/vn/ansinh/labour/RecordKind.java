package vn.ansinh.labour;

/** What a labour record is of. */
public enum RecordKind {
    /** A job found for a person (giải quyết việc làm). */
    JOB_PLACEMENT,
    /** A trainee of a vocational course (đào tạo nghề). */
    TRAINEE,
    /** A skill certificate examined and issued (sát hạch cấp chứng chỉ nghề). */
    CERTIFICATE,
    /** A worker counselled about working abroad (tư vấn xuất khẩu lao động). */
    EXPORT_COUNSELLING,
    /** A worker registered to work abroad. */
    EXPORT_REGISTRATION,
    /** A worker who left to work abroad under contract. */
    EXPORT_DEPARTURE,
    /** A worker back from abroad before the contract's end. */
    EXPORT_EARLY_RETURN
}

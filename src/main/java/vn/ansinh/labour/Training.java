package vn.ansinh.labour;

/** A person's vocational training, as Biểu 1's baseline counts it. */
public enum Training {
    /** Chưa qua đào tạo. */
    UNTRAINED,
    /** Có tay nghề nhưng chưa có bằng cấp. */
    SKILLED_WITHOUT_CERTIFICATE,
    /** Có chứng chỉ, bằng nghề. */
    CERTIFIED
}

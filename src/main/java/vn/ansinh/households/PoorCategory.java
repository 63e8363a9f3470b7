package vn.ansinh.households;

/** Which group of Biểu 2 a poor household is in. */
public enum PoorCategory {
    /** Hộ nghèo chính sách giảm nghèo: poverty-reduction policy can lift it out. */
    CAN_EXIT,
    /** Hộ nghèo không thể thoát nghèo: covered by social protection instead. */
    CANNOT_EXIT
}

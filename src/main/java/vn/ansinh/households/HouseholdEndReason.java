package vn.ansinh.households;

/** Why a household left the registry for good: what makes its data wait for erasure after the retention period. */
public enum HouseholdEndReason {
    /** «Hộ giải thể»: the household dissolved (its members joined other households). */
    DISSOLVED,
    /** «Chuyển đi nơi khác ngoài tỉnh»: it moved out of the office's communes (a move between them is a change). */
    MOVED_AWAY,
    /** «Chủ hộ chết, không còn thành viên». */
    NO_MEMBERS_LEFT
}

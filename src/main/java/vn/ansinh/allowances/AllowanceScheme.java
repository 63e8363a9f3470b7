package vn.ansinh.allowances;

/** A scheme whose allowances are a multiple of its base level. */
public enum AllowanceScheme {
    /** Preferential allowances of people with merit (Pháp lệnh Ưu đãi người có công 2020). */
    MERIT,
    /** Social assistance (Nghị định 20/2021/NĐ-CP and its successors). */
    SOCIAL_ASSISTANCE
}

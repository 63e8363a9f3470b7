package vn.ansinh.attainment;

/** A target a commune meets or not by what the registers say. */
public enum ComputedTargetKind {
    /** No poor household among the households of people with merit (Biểu: «… không có hộ nghèo thuộc chính sách NCC»). */
    NO_POOR_MERIT_HOUSEHOLD,
    /** The commune is assessed child-friendly: every criterion in force met. */
    CHILD_FRIENDLY,
    /** Every poor and near-poor household of the year got some support recorded in the support log. */
    POOR_SUPPORTED,
    /** Every member of every poor and near-poor household of the year holds health insurance (free for them by law). */
    POOR_INSURED
}

package vn.ansinh.allowances;

/** Ending a grant as typed: which grant, the last month paid as printed ("03/2025") and why. */
public record GrantEnding(Long grantId, String endMonth, GrantEndReason endReason) {

    public static GrantEnding empty() {
        return new GrantEnding(null, "", null);
    }
}

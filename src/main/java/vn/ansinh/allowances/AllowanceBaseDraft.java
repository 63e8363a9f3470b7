package vn.ansinh.allowances;

/**
 * A new base level as an administrator types it: the scheme, the amount as printed ("2.789.000"), the day the decree
 * takes effect (it may lie before the day it is entered) and the decree.
 */
public record AllowanceBaseDraft(AllowanceScheme scheme, String amount, String validFrom, String legalBasis) {

    public static AllowanceBaseDraft empty() {
        return new AllowanceBaseDraft(null, "", "", "");
    }
}

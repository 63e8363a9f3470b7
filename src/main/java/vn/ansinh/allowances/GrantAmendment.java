package vn.ansinh.allowances;

import vn.ansinh.shared.VietnameseNumbers;

/**
 * Changing a grant by a new decision as typed: which grant, the first month of the change as printed ("03/2025"), the
 * new coefficient ("3") and the new decision. Kept as typed when refused.
 */
public record GrantAmendment(Long grantId, String changeFrom, String newCoefficient, String newDecision) {

    /** The form for the grant (null: none), filled with its coefficient and decision as seen (in the month shown). */
    public static GrantAmendment of(Grant grant) {
        return grant == null ? new GrantAmendment(null, "", "", "")
                : new GrantAmendment(grant.id(), "", VietnameseNumbers.formatAmount(grant.coefficient()),
                        grant.decision());
    }
}

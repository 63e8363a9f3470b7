package vn.ansinh.households;

import java.util.List;

/**
 * A commune's sponsorship in a year against Biểu 3: each organisation's commitment (the figure
 * entered), the households given to it, and — for the households still without a sponsor — a
 * proposal that fills the largest shortfalls first. Nothing of the proposal is written until confirmed.
 */
public record SponsorshipBalance(long unitId, String unit, int year, List<OrganisationLine> organisations,
        List<HouseholdLine> households) {

    /** committed: Biểu 3's figure (null: none entered); assigned: households sponsored now; proposed: by the proposal. */
    public record OrganisationLine(long organisationId, String column, String name, Long committed, long assigned,
            long proposed) {

        /** What the organisation lacks (positive) or has beyond its commitment (negative) after the proposal. */
        public long shortfall() {
            return (committed == null ? 0 : committed) - assigned - proposed;
        }
    }

    /** A poor household that can exit: its sponsor now (null: none) and the one proposed (null: none). */
    public record HouseholdLine(Household household, Long sponsor, Long proposed) {
    }
}

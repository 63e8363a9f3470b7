package vn.ansinh.gratitude;

/**
 * A contribution as typed: the commune, the organisation chosen (or none), the contributor as text, the month
 * ("07/2024" or "2024-07") and the amount ("5.000.000"). Kept as typed when refused.
 */
public record ContributionDraft(Long unitId, Long organisationId, String contributor, String month, String amount) {

    public static ContributionDraft empty(Long unitId) {
        return new ContributionDraft(unitId, null, "", "", "");
    }
}

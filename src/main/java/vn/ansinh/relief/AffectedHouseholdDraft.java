package vn.ansinh.relief;

/**
 * An affected household as typed: the commune, head and village, the code of the household in the commune's
 * register (optional), the damage, the people dead or missing and the estimated value ("12.000.000"), kept on refusal.
 */
public record AffectedHouseholdDraft(Long unitId, String headName, String village, String householdCode,
        DamageKind damage, String people, String estimatedValue) {

    public static AffectedHouseholdDraft empty(Long unitId) {
        return new AffectedHouseholdDraft(unitId, "", "", "", null, "", "");
    }
}

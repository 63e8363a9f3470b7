package vn.ansinh.allowances;

/**
 * A grant as typed on the page or read from a list: the commune, the group, the name, the birth date and the months
 * as printed ("05/03/1950", "07/2024"), the coefficient ("1,5"), the decision, the code of the registry household
 * the beneficiary lives in (blank: none, or the one of the commune with a member of this citizen ID) and the citizen
 * ID. Kept as typed when refused.
 */
public record GrantDraft(Long unitId, BeneficiaryGroup group, String fullName, String birthDate, String decision,
        String coefficient, String firstMonth, String lastMonth, String householdCode, String citizenId) {

    public static GrantDraft empty(Long unitId) {
        return new GrantDraft(unitId, null, "", "", "", "", "", "", "", "");
    }
}

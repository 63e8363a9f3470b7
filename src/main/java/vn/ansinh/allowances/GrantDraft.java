package vn.ansinh.allowances;

/**
 * A grant as typed on the page: the commune, the group, the name, the birth date and the months as printed
 * ("05/03/1950", "07/2024"), the coefficient ("1,5"), the decision. Kept as typed when refused.
 */
public record GrantDraft(Long unitId, BeneficiaryGroup group, String fullName, String birthDate, String decision,
        String coefficient, String firstMonth, String lastMonth) {

    public static GrantDraft empty(Long unitId) {
        return new GrantDraft(unitId, null, "", "", "", "", "", "");
    }
}

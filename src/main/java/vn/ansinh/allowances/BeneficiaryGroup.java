package vn.ansinh.allowances;

/**
 * The group a beneficiary is granted an allowance as: people with merit by the 2020 Ordinance on preferential
 * treatment, social assistance by Nghị định 20/2021/NĐ-CP. The coefficient of each grant is the one its decision
 * states (it depends on the group and, for war invalids, the degree).
 */
public enum BeneficiaryGroup {
    MARTYR_RELATIVE(AllowanceScheme.MERIT),
    WAR_INVALID(AllowanceScheme.MERIT),
    SICK_SOLDIER(AllowanceScheme.MERIT),
    TOXIC_CHEMICAL_VICTIM(AllowanceScheme.MERIT),
    HEROIC_MOTHER(AllowanceScheme.MERIT),
    RESISTANCE_ACTIVIST(AllowanceScheme.MERIT),
    OTHER_MERIT(AllowanceScheme.MERIT),
    CHILD_WITHOUT_SUPPORT(AllowanceScheme.SOCIAL_ASSISTANCE),
    ELDERLY_POOR_HOUSEHOLD(AllowanceScheme.SOCIAL_ASSISTANCE),
    ELDERLY_WITHOUT_SUPPORT(AllowanceScheme.SOCIAL_ASSISTANCE),
    ELDERLY_80(AllowanceScheme.SOCIAL_ASSISTANCE),
    SEVERE_DISABILITY(AllowanceScheme.SOCIAL_ASSISTANCE),
    SINGLE_PARENT_POOR(AllowanceScheme.SOCIAL_ASSISTANCE),
    HIV_POOR_HOUSEHOLD(AllowanceScheme.SOCIAL_ASSISTANCE),
    OTHER_ASSISTANCE(AllowanceScheme.SOCIAL_ASSISTANCE);

    private final AllowanceScheme scheme;

    BeneficiaryGroup(AllowanceScheme scheme) {
        this.scheme = scheme;
    }

    public AllowanceScheme scheme() {
        return scheme;
    }
}

package vn.ansinh.allowances;

/**
 * The group a beneficiary is granted an allowance as: people with merit by the 2020 Ordinance on preferential
 * treatment, social assistance by Nghị định 20/2021/NĐ-CP. The coefficient of each grant is the one its decision
 * states (it depends on the group and, for war invalids, the degree).
 */
public enum BeneficiaryGroup {
    MARTYR_RELATIVE(AllowanceScheme.MERIT, false),
    WAR_INVALID(AllowanceScheme.MERIT, false),
    SICK_SOLDIER(AllowanceScheme.MERIT, false),
    TOXIC_CHEMICAL_VICTIM(AllowanceScheme.MERIT, true),
    HEROIC_MOTHER(AllowanceScheme.MERIT, false),
    RESISTANCE_ACTIVIST(AllowanceScheme.MERIT, false),
    OTHER_MERIT(AllowanceScheme.MERIT, false),
    CHILD_WITHOUT_SUPPORT(AllowanceScheme.SOCIAL_ASSISTANCE, false),
    ELDERLY_POOR_HOUSEHOLD(AllowanceScheme.SOCIAL_ASSISTANCE, false),
    ELDERLY_WITHOUT_SUPPORT(AllowanceScheme.SOCIAL_ASSISTANCE, false),
    ELDERLY_80(AllowanceScheme.SOCIAL_ASSISTANCE, false),
    SEVERE_DISABILITY(AllowanceScheme.SOCIAL_ASSISTANCE, true),
    SINGLE_PARENT_POOR(AllowanceScheme.SOCIAL_ASSISTANCE, false),
    HIV_POOR_HOUSEHOLD(AllowanceScheme.SOCIAL_ASSISTANCE, true),
    OTHER_ASSISTANCE(AllowanceScheme.SOCIAL_ASSISTANCE, false);

    private final AllowanceScheme scheme;
    private final boolean health;

    BeneficiaryGroup(AllowanceScheme scheme, boolean health) {
        this.scheme = scheme;
        this.health = health;
    }

    public AllowanceScheme scheme() {
        return scheme;
    }

    /** Whether the group tells the person's health (a disability, HIV, toxic chemicals): sensitive personal data. */
    public boolean health() {
        return health;
    }
}

package vn.ansinh.attainment;

import java.math.BigDecimal;
import java.util.function.Function;

/** A figure the registers give for a commune over the year so far, that a report's indicator can be filled with. */
public enum RegisterFigure {
    GRATITUDE_HOUSES(r -> BigDecimal.valueOf(r.gratitude().housesBuilt() + r.gratitude().housesRepaired())),
    FUND_RAISED(r -> r.gratitude().contributions()),
    GIFT_RECIPIENTS(r -> BigDecimal.valueOf(r.gratitude().giftRecipients())),
    MERIT_RECIPIENTS(r -> BigDecimal.valueOf(r.merit().people())),
    ASSISTANCE_RECIPIENTS(r -> BigDecimal.valueOf(r.assistance().people())),
    RELIEVED_HOUSEHOLDS(r -> BigDecimal.valueOf(r.relief().householdsRelieved())),
    RELIEF_RICE_KG(r -> r.relief().riceKg()),
    DRUG_USERS_MANAGED(r -> BigDecimal.valueOf(r.socialEvils().drugUsersManaged())),
    DRUG_USERS_IN_TREATMENT(r -> BigDecimal.valueOf(r.socialEvils().inTreatment())),
    DRUG_USERS_SUPPORTED(r -> BigDecimal.valueOf(r.socialEvils().drugUsersSupported())),
    PROSTITUTION_MANAGED(r -> BigDecimal.valueOf(r.socialEvils().prostitutionManaged())),
    VAGRANTS_SUPPORTED(r -> BigDecimal.valueOf(r.socialEvils().vagrantsSupported())),
    OFFICERS_TRAINED(r -> BigDecimal.valueOf(r.outreach().officersTrained()), true),
    OUTREACH_SESSIONS(r -> BigDecimal.valueOf(r.outreach().sessions()), true),
    OUTREACH_REACHED(r -> BigDecimal.valueOf(r.outreach().reached()), true),
    LABOUR_EXPORT_COUNSELLED(r -> BigDecimal.valueOf(r.outreach().labourExportCounselled()), true);

    private final Function<RegisterSummary, BigDecimal> of;
    private final boolean outreach;

    RegisterFigure(Function<RegisterSummary, BigDecimal> of) {
        this(of, false);
    }

    RegisterFigure(Function<RegisterSummary, BigDecimal> of, boolean outreach) {
        this.of = of;
        this.outreach = outreach;
    }

    public BigDecimal of(RegisterSummary summary) {
        return of.apply(summary);
    }

    /**
     * Whether the registers know this figure for the communes: the trainings and sessions when any was entered for
     * them, the other registers when any of them holds anything (a commune that keeps them elsewhere is not said to
     * have none).
     */
    public boolean knownIn(RegisterSummary summary) {
        return outreach ? !summary.outreach().empty()
                : !summary.isEmpty() || !summary.socialEvils().equals(RegisterSummary.NO_EVILS);
    }
}

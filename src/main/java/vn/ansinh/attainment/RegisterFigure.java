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
    VAGRANTS_SUPPORTED(r -> BigDecimal.valueOf(r.socialEvils().vagrantsSupported()));

    private final Function<RegisterSummary, BigDecimal> of;

    RegisterFigure(Function<RegisterSummary, BigDecimal> of) {
        this.of = of;
    }

    public BigDecimal of(RegisterSummary summary) {
        return of.apply(summary);
    }
}

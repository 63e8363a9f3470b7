package vn.ansinh.socialevils.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Predicate;

import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.VietnameseNumbers;
import vn.ansinh.socialevils.SocialEvilsCounts;
import vn.ansinh.socialevils.SocialEvilsDraft;

/**
 * Checks a month's counts as typed: a commune the user writes, a month ("2031-03" or "03/2031"), each count a whole
 * number not below 0 ("1.234" as printed), and what is part of another not more than it: in treatment (at home and in
 * a centre together) and supported after treatment not more than the drug users managed, prostitution supported not
 * more than managed, vagrants supported not more than gathered.
 */
public final class SocialEvilsRules {

    private static final BigDecimal MOST = BigDecimal.valueOf(1_000_000);

    private final FieldProblems problems = new FieldProblems();

    public FieldProblems problems() {
        return problems;
    }

    /** The month and its counts, when all of the draft is right; writable says which communes the user may write. */
    public Optional<Checked> check(SocialEvilsDraft d, Predicate<Long> writable) {
        if (d.unitId() == null || !writable.test(d.unitId())) {
            problems.add("unitId", d.unitId() == null ? "catalogue.required" : "socialEvils.unit.notYours");
        }
        problems.required("version", d.version());
        YearMonth month = month(d);
        int[] n = SocialEvilsDraft.COUNTS.stream().mapToInt(name -> count(name, d.count(name))).toArray();
        SocialEvilsCounts c = new SocialEvilsCounts(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7]);
        if (problems.isEmpty()) {
            within(c);
        }
        return problems.isEmpty() ? Optional.of(new Checked(d.unitId(), month, c)) : Optional.empty();
    }

    /** A draft found right: the commune, the month, the counts. */
    public record Checked(long unitId, YearMonth month, SocialEvilsCounts counts) {
    }

    private void within(SocialEvilsCounts c) {
        if (c.inTreatment() > c.drugUsersManaged()) {
            problems.add("treatedAtHome", "socialEvils.treatment.overManaged", c.inTreatment());
            problems.add("treatedInCentre", "socialEvils.treatment.overManaged", c.inTreatment());
        }
        if (c.drugUsersSupported() > c.drugUsersManaged()) {
            problems.add("drugUsersSupported", "socialEvils.drugSupported.overManaged", c.drugUsersManaged());
        }
        if (c.prostitutionSupported() > c.prostitutionManaged()) {
            problems.add("prostitutionSupported", "socialEvils.prostitutionSupported.overManaged", c.prostitutionManaged());
        }
        if (c.vagrantsSupported() > c.vagrantsGathered()) {
            problems.add("vagrantsSupported", "socialEvils.vagrantsSupported.overGathered", c.vagrantsGathered());
        }
    }

    private int count(String field, String text) {
        if (text == null || text.isBlank()) {
            problems.add(field, "catalogue.required");
            return 0;
        }
        BigDecimal value = VietnameseNumbers.parse(text.strip()).orElse(null);
        if (value == null || value.signum() < 0 || value.stripTrailingZeros().scale() > 0 || value.compareTo(MOST) > 0) {
            problems.add(field, "socialEvils.count.invalid", text);
            return 0;
        }
        return value.intValueExact();
    }

    private YearMonth month(SocialEvilsDraft d) {
        YearMonth month = d.typedMonth();
        if (d.month() == null) {
            problems.add("month", "catalogue.required");
        } else if (month == null) {
            problems.add("month", "socialEvils.month.invalid", d.month());
        }
        return month;
    }
}

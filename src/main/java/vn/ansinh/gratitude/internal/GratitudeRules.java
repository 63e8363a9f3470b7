package vn.ansinh.gratitude.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import vn.ansinh.gratitude.Contribution;
import vn.ansinh.gratitude.ContributionDraft;
import vn.ansinh.gratitude.GiftDraft;
import vn.ansinh.gratitude.GratitudeGift;
import vn.ansinh.gratitude.GratitudeHouse;
import vn.ansinh.gratitude.HouseDraft;
import vn.ansinh.shared.FieldProblems;

/**
 * Checks an entry of the fund as typed: a commune the user writes; a contribution from an organisation of that
 * commune or a contributor named, in a month, of whole đồng above 0; a house built or repaired, its head, village,
 * cost, source and a handover day that exists and has come, linked to none or one of the commune's households; a
 * gift on an occasion, a day that has come, recipients, amount and giver.
 */
public final class GratitudeRules {

    private final FieldProblems problems = new FieldProblems();
    private final EntryReadings read = new EntryReadings(problems);
    private final Predicate<Long> writable;
    private final LocalDate today;

    /** writable says which units the user may enter the fund of; today is the office's day by the clock. */
    public GratitudeRules(Predicate<Long> writable, LocalDate today) {
        this.writable = writable;
        this.today = today;
    }

    public FieldProblems problems() {
        return problems;
    }

    /** ofUnit says whether an organisation is a partner of the commune. */
    public Optional<Contribution> check(ContributionDraft d, BiPredicate<Long, Long> ofUnit) {
        unit(d.unitId());
        if (d.organisationId() != null && d.unitId() != null && !ofUnit.test(d.organisationId(), d.unitId())) {
            problems.add("organisationId", "gratitude.organisation.unknown");
        }
        String contributor = read.optionalText("contributor", d.contributor(), 200);
        if (d.organisationId() == null && contributor == null) {
            problems.add("contributor", "gratitude.contributor.required");
        }
        YearMonth month = read.month("month", d.month());
        BigDecimal amount = read.dong("amount", d.amount());
        return problems.isEmpty() ? Optional.of(new Contribution(0, d.unitId(), d.organisationId(), contributor, month,
                amount)) : Optional.empty();
    }

    /** household finds the id of the commune's household of a code, among those the user reads. */
    public Optional<GratitudeHouse> check(HouseDraft d, BiFunction<String, Long, Optional<Long>> household) {
        unit(d.unitId());
        problems.required("kind", d.kind()).text("headName", d.headName(), 200).text("village", d.village(), 200)
                .text("source", d.source(), 200);
        String code = read.optionalText("householdCode", d.householdCode(), 40);
        Long householdId = code == null || d.unitId() == null ? null : household.apply(code, d.unitId()).orElse(null);
        if (code != null && householdId == null) {
            problems.add("householdCode", "gratitude.household.unknown", code);
        }
        BigDecimal cost = read.dong("cost", d.cost());
        LocalDate handedOver = read.pastDay("handedOverOn", d.handedOverOn(), today);
        return problems.isEmpty() ? Optional.of(new GratitudeHouse(0, d.unitId(), d.kind(), d.headName().strip(),
                d.village().strip(), householdId, cost, d.source().strip(), handedOver)) : Optional.empty();
    }

    public Optional<GratitudeGift> check(GiftDraft d) {
        unit(d.unitId());
        problems.required("occasion", d.occasion()).text("giver", d.giver(), 200);
        LocalDate given = read.pastDay("givenOn", d.givenOn(), today);
        Integer recipients = read.count("recipients", d.recipients());
        BigDecimal amount = read.dong("giftAmount", d.giftAmount());
        return problems.isEmpty() ? Optional.of(new GratitudeGift(0, d.unitId(), d.occasion(), given, recipients, amount,
                d.giver().strip())) : Optional.empty();
    }

    private void unit(Long unitId) {
        if (unitId == null || !writable.test(unitId)) {
            problems.add("unitId", unitId == null ? "catalogue.required" : "gratitude.unit.notYours");
        }
    }
}

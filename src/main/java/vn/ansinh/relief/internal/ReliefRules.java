package vn.ansinh.relief.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import vn.ansinh.relief.AffectedHousehold;
import vn.ansinh.relief.AffectedHouseholdDraft;
import vn.ansinh.relief.ReliefDraft;
import vn.ansinh.relief.ReliefEvent;
import vn.ansinh.relief.ReliefEventDraft;
import vn.ansinh.relief.ReliefGiven;
import vn.ansinh.shared.Dates;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.VietnameseNumbers;

/**
 * Checks what is typed: an event with a kind, a name, a day that exists and is not after today, and communes the user
 * writes; an affected household of a commune the event hit that the user writes, with head, village, damage, the
 * people dead or missing for that damage only, and the registry household (by its code) of that commune; relief from a
 * giver on a day from the event to today with at least one of rice, money or goods.
 */
public final class ReliefRules {

    private static final BigDecimal MOST = new BigDecimal("1000000000000");

    private final FieldProblems problems = new FieldProblems();
    private final LocalDate today;

    public ReliefRules(LocalDate today) {
        this.today = today;
    }

    public FieldProblems problems() {
        return problems;
    }

    /** The event to create (id 0); writable says which communes the user may write. */
    public Optional<ReliefEvent> check(ReliefEventDraft d, Predicate<Long> writable) {
        if (d.unitIds().isEmpty() || !d.unitIds().stream().allMatch(writable)) {
            problems.add("unitIds", d.unitIds().isEmpty() ? "catalogue.required" : "relief.unit.notYours");
        }
        problems.required("kind", d.kind()).text("name", d.name(), 200);
        LocalDate struck = day("struckOn", d.struckOn(), null);
        return problems.isEmpty()
                ? Optional.of(new ReliefEvent(0, d.kind(), d.name().strip(), struck, d.unitIds()))
                : Optional.empty();
    }

    /** The household to add (id 0) to the event; registry finds the household of a code in a commune (its id). */
    public Optional<AffectedHousehold> check(ReliefEvent event, AffectedHouseholdDraft d, Predicate<Long> writable,
            BiFunction<Long, String, Optional<Long>> registry) {
        if (d.unitId() == null || !event.hit(d.unitId()) || !writable.test(d.unitId())) {
            problems.add("unitId", d.unitId() == null ? "catalogue.required" : "relief.unit.notHitOrNotYours");
        }
        problems.text("headName", d.headName(), 200).text("village", d.village(), 200).required("damage", d.damage());
        Integer people = people(d);
        BigDecimal value = amount("estimatedValue", d.estimatedValue(), 0);
        Long household = linked(d, registry);
        return problems.isEmpty() ? Optional.of(new AffectedHousehold(0, event.id(), d.unitId(), d.headName().strip(),
                d.village().strip(), household, d.damage(), people, value)) : Optional.empty();
    }

    /** The relief to record (id 0); household finds the affected household the user may write, in the event. */
    public Optional<ReliefGiven> check(ReliefEvent event, ReliefDraft d,
            Function<Long, Optional<AffectedHousehold>> household) {
        if (d.affectedId() == null || household.apply(d.affectedId()).isEmpty()) {
            problems.add("affectedId", d.affectedId() == null ? "catalogue.required" : "relief.affected.notYours");
        }
        problems.text("giver", d.giver(), 200);
        LocalDate on = day("givenOn", d.givenOn(), event.struckOn());
        BigDecimal rice = amount("riceKg", d.riceKg(), 2);
        BigDecimal money = amount("money", d.money(), 0);
        String goods = d.goods() == null || d.goods().isBlank() ? null : d.goods().strip();
        if (goods != null && goods.length() > 500) {
            problems.add("goods", "catalogue.tooLong", 500);
        }
        if (rice == null && money == null && goods == null && !problems.has("riceKg") && !problems.has("money")) {
            problems.add("riceKg", "relief.nothingGiven");
        }
        return problems.isEmpty() ? Optional.of(new ReliefGiven(0, d.affectedId(), d.giver().strip(), on, rice, money,
                goods)) : Optional.empty();
    }

    private Integer people(AffectedHouseholdDraft d) {
        boolean typed = d.people() != null && !d.people().isBlank();
        if (d.damage() == null || d.damage().countsPeople() != typed) {
            if (d.damage() != null) {
                problems.add("people", typed ? "relief.people.onlyDeadOrMissing" : "catalogue.required");
            }
            return null;
        }
        if (!typed) {
            return null;
        }
        BigDecimal count = VietnameseNumbers.parse(d.people()).orElse(null);
        if (count == null || count.signum() <= 0 || count.stripTrailingZeros().scale() > 0 || count.intValue() > 1000) {
            problems.add("people", "relief.people.invalid", d.people());
            return null;
        }
        return count.intValue();
    }

    private Long linked(AffectedHouseholdDraft d, BiFunction<Long, String, Optional<Long>> registry) {
        if (d.householdCode() == null || d.householdCode().isBlank() || problems.has("unitId")) {
            return null;
        }
        Optional<Long> found = registry.apply(d.unitId(), d.householdCode().strip());
        if (found.isEmpty()) {
            problems.add("householdCode", "relief.householdCode.unknown", d.householdCode().strip());
        }
        return found.orElse(null);
    }

    /** An amount above 0 with at most the scale's decimals; blank is none. */
    private BigDecimal amount(String field, String text, int scale) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BigDecimal value = VietnameseNumbers.parse(text).orElse(null);
        if (value == null || value.signum() <= 0 || value.compareTo(MOST) >= 0
                || value.stripTrailingZeros().scale() > scale) {
            problems.add(field, scale == 0 ? "relief.amount.invalid" : "relief.rice.invalid", text.strip());
            return null;
        }
        return VietnameseNumbers.normalize(value);
    }

    /** A required day that exists, not after today and not before the earliest (if any). */
    private LocalDate day(String field, String text, LocalDate earliest) {
        Dates.Reading reading = Dates.read(text);
        if (!reading.ok()) {
            problems.add(field, reading.problem(), text);
        } else if (reading.date() == null) {
            problems.add(field, "catalogue.required");
        } else if (reading.date().isAfter(today)) {
            problems.add(field, "relief.date.future", Dates.shown(reading.date()));
        } else if (earliest != null && reading.date().isBefore(earliest)) {
            problems.add(field, "relief.date.beforeEvent", Dates.shown(earliest));
        }
        return reading.date();
    }
}

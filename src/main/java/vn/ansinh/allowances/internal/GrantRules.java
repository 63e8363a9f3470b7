package vn.ansinh.allowances.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ansinh.allowances.Grant;
import vn.ansinh.allowances.GrantDraft;
import vn.ansinh.shared.Dates;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.VietnameseNumbers;

/**
 * Checks a grant as typed: a commune the user writes, a group, a name, a birth date that exists and comes before the
 * first month, a decision, a coefficient above 0 and at most 20 with at most two decimals, and months as printed
 * ("07/2024", or "2024-07" from a month field) with the last not before the first; a household code of the
 * commune's registry (blank: the one household of the commune with a member of the citizen ID, if exactly one), a
 * citizen ID as {@link CitizenIds} checks it.
 */
public final class GrantRules {

    private static final Pattern MONTH = Pattern.compile("(\\d{1,2})/(\\d{4})|(\\d{4})-(\\d{2})");
    private static final BigDecimal MOST = new BigDecimal("20");

    private final FieldProblems problems = new FieldProblems();

    public FieldProblems problems() {
        return problems;
    }

    /**
     * The grant to add (id 0), when all of the draft is right; writable says which communes the user may write,
     * households finds the registry household named.
     */
    public Optional<Grant> check(GrantDraft d, Predicate<Long> writable, HouseholdLinks households) {
        if (d.unitId() == null || !writable.test(d.unitId())) {
            problems.add("unitId", d.unitId() == null ? "catalogue.required" : "grant.unit.notYours");
        }
        problems.required("group", d.group()).text("fullName", d.fullName(), 200).text("decision", d.decision(), 200);
        BigDecimal coefficient = coefficient("coefficient", d.coefficient());
        YearMonth first = month("firstMonth", d.firstMonth(), true);
        YearMonth last = month("lastMonth", d.lastMonth(), false);
        if (first != null && last != null && last.isBefore(first)) {
            problems.add("lastMonth", "grant.lastBeforeFirst", d.firstMonth());
        }
        LocalDate born = birthDate(d.birthDate(), first);
        String citizenId = citizenId(d.citizenId(), born);
        Long household = problems.has("unitId") ? null : household(d, citizenId, households);
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Grant(0, d.unitId(), d.group(), d.fullName().strip(), born, d.decision().strip(),
                coefficient, first, last, household, citizenId, null, List.of()));
    }

    /** The month as printed or from a month field; null with a problem when it is not one. */
    public Optional<YearMonth> month(String field, String text) {
        return Optional.ofNullable(month(field, text, true));
    }

    private String citizenId(String text, LocalDate born) {
        String id = CitizenIds.compact(text);
        String problem = id == null ? null : CitizenIds.problem(id, born);
        if (problem != null) {
            problems.add("citizenId", problem, text.strip());
            return null;
        }
        return id;
    }

    private Long household(GrantDraft d, String citizenId, HouseholdLinks households) {
        String code = d.householdCode() == null ? "" : d.householdCode().strip();
        if (code.isEmpty()) {
            return citizenId == null ? null : households.byMember(d.unitId(), citizenId).orElse(null);
        }
        Optional<Long> found = households.byCode(d.unitId(), code);
        if (found.isEmpty()) {
            problems.add("householdCode", "grant.household.unknown", code);
        }
        return found.orElse(null);
    }

    /** The coefficient as typed; null with a problem beside the field when it is not one. */
    public BigDecimal coefficient(String field, String text) {
        if (text == null || text.isBlank()) {
            problems.add(field, "catalogue.required");
            return null;
        }
        BigDecimal value = VietnameseNumbers.parse(text.strip()).orElse(null);
        if (value == null || value.signum() <= 0 || value.compareTo(MOST) > 0 || value.stripTrailingZeros().scale() > 2) {
            problems.add(field, "grant.coefficient.invalid", text);
            return null;
        }
        return value;
    }

    private YearMonth month(String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(field, "catalogue.required");
            }
            return null;
        }
        Matcher m = MONTH.matcher(text.strip());
        int month = !m.matches() ? 0 : Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
        if (month < 1 || month > 12) {
            problems.add(field, "grant.month.invalid", text);
            return null;
        }
        return YearMonth.of(Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3)), month);
    }

    private LocalDate birthDate(String text, YearMonth first) {
        Dates.Reading reading = Dates.read(text);
        if (!reading.ok()) {
            problems.add("birthDate", reading.problem(), text);
        } else if (reading.date() != null && first != null && reading.date().isAfter(first.atEndOfMonth())) {
            problems.add("birthDate", "grant.bornAfterFirst", text);
        }
        return reading.date();
    }
}

package vn.ansinh.poverty.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import vn.ansinh.poverty.Area;
import vn.ansinh.poverty.AreaThreshold;
import vn.ansinh.poverty.DeprivationIndicator;
import vn.ansinh.poverty.PovertyRule;
import vn.ansinh.poverty.PovertyStandard;
import vn.ansinh.poverty.StandardDraft;
import vn.ansinh.shared.Dates;
import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.VietnameseNumbers;

/**
 * Checks a draft standard as entered and makes it a standard: lines are amounts, the near-poor and
 * medium lines above the poor line (the medium line above the near-poor line too), the two-band rule
 * with its near-poor lines, indicators with codes given once, a period that overlaps no other standard's.
 */
public final class StandardDraftRules {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    private final FieldProblems problems = new FieldProblems();

    /** The standard, or the problems by field (empty then). */
    public Optional<PovertyStandard> check(PovertyStandard current, StandardDraft draft, List<PovertyStandard> others) {
        problems.text("name", draft.name(), 300).text("legalBasis", draft.legalBasis(), 300).required("rule", draft.rule());
        LocalDate from = date("validFrom", draft.validFrom(), true);
        LocalDate to = date("validTo", draft.validTo(), false);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add("validTo", "poverty.edit.validTo.beforeFrom");
        }
        if (from != null && !problems.has("validTo")) {
            others.stream().filter(o -> !o.id().equals(current.id()) && overlaps(o, from, to)).findFirst()
                    .ifPresent(o -> problems.add("validFrom", "poverty.edit.overlaps", o.name()));
        }
        List<AreaThreshold> lines = List.of(lines(Area.RURAL, draft.ruralPoorLine(), draft.ruralNearPoorLine(),
                draft.ruralMediumLine(), draft.rule()), lines(Area.URBAN, draft.urbanPoorLine(), draft.urbanNearPoorLine(),
                draft.urbanMediumLine(), draft.rule()));
        List<DeprivationIndicator> indicators = indicators(draft.indicators());
        int threshold = threshold(draft.deprivationThreshold(), indicators.size());
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PovertyStandard(current.id(), current.code(), draft.name().strip(),
                draft.legalBasis().strip(), from, to, draft.rule(), threshold, true,
                draft.note() == null || draft.note().isBlank() ? null : draft.note().strip(), lines, indicators));
    }

    public FieldProblems problems() {
        return problems;
    }

    private static boolean overlaps(PovertyStandard other, LocalDate from, LocalDate to) {
        boolean startsBeforeOtherEnds = other.validTo() == null || !from.isAfter(other.validTo());
        boolean endsAfterOtherStarts = to == null || !to.isBefore(other.validFrom());
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    private LocalDate date(String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(field, "catalogue.required");
            }
            return null;
        }
        Dates.Reading reading = Dates.read(text);
        if (!reading.ok()) {
            problems.add(field, reading.problem(), text.strip());
        }
        return reading.date();
    }

    private AreaThreshold lines(Area area, String poor, String nearPoor, String medium, PovertyRule rule) {
        String prefix = area == Area.RURAL ? "rural" : "urban";
        BigDecimal poorLine = amount(prefix + "PoorLine", poor, true);
        BigDecimal nearPoorLine = amount(prefix + "NearPoorLine", nearPoor, rule == PovertyRule.TWO_BAND);
        BigDecimal mediumLine = amount(prefix + "MediumLine", medium, false);
        above(prefix + "NearPoorLine", nearPoorLine, poorLine, "poverty.edit.notAbovePoorLine");
        above(prefix + "MediumLine", mediumLine, poorLine, "poverty.edit.notAbovePoorLine");
        if (!problems.has(prefix + "MediumLine")) {
            // QĐ 59/2015: the medium band begins above the near-poor line
            above(prefix + "MediumLine", mediumLine, nearPoorLine, "poverty.edit.notAboveNearPoorLine");
        }
        return new AreaThreshold(area, poorLine, nearPoorLine, mediumLine);
    }

    private BigDecimal amount(String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(field, "catalogue.required");
            }
            return null;
        }
        Optional<BigDecimal> value = VietnameseNumbers.parse(text);
        if (value.isEmpty() || value.get().signum() <= 0 || value.get().stripTrailingZeros().scale() > 0) {
            problems.add(field, "poverty.edit.amount", text.strip());
            return null;
        }
        return VietnameseNumbers.normalize(value.get());
    }

    private void above(String field, BigDecimal line, BigDecimal lower, String problem) {
        if (line != null && lower != null && line.compareTo(lower) <= 0) {
            problems.add(field, problem, VietnameseNumbers.formatAmount(lower));
        }
    }

    private int threshold(String text, int indicators) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.strip());
            if (value >= 1 && value <= Math.max(1, indicators)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        problems.add("deprivationThreshold", "poverty.edit.thresholdRange", Math.max(1, indicators));
        return 0;
    }

    /** "CODE | dimension | name | English name", one a line; blank lines are passed over. */
    private List<DeprivationIndicator> indicators(String text) {
        List<DeprivationIndicator> indicators = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] parts = lines[i].split("\\|", -1);
            if (parts.length != 4 || !CODE.matcher(parts[0].strip()).matches() || parts[2].isBlank()
                    || !codes.add(parts[0].strip())) {
                problems.add("indicators", "poverty.edit.indicatorLine", i + 1);
                return indicators;
            }
            indicators.add(new DeprivationIndicator(parts[0].strip(), parts[1].strip(), parts[2].strip(), parts[3].strip()));
        }
        if (indicators.isEmpty()) {
            problems.add("indicators", "catalogue.required");
        }
        return indicators;
    }
}

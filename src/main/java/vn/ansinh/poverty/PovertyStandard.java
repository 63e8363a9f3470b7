package vn.ansinh.poverty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.ansinh.shared.VietnameseNumbers;

/**
 * A poverty standard (chuẩn nghèo) valid for a period: income lines per area, deprivation indicators,
 * and the rule by which they classify a household. The rule is applied here, so every caller —
 * the API, the registry, the yearly review — classifies alike.
 */
public record PovertyStandard(Long id, String code, String name, String legalBasis, LocalDate validFrom,
        LocalDate validTo, PovertyRule rule, int deprivationThreshold, boolean draft, String note,
        List<AreaThreshold> thresholds, List<DeprivationIndicator> indicators) {

    public PovertyStandard {
        thresholds = List.copyOf(thresholds);
        indicators = List.copyOf(indicators);
    }

    /** Whether the standard is in force on some day of the year. */
    public boolean covers(int year) {
        return !validFrom.isAfter(LocalDate.of(year, 12, 31)) && (validTo == null || !validTo.isBefore(LocalDate.of(year, 1, 1)));
    }

    public Optional<AreaThreshold> threshold(Area area) {
        return thresholds.stream().filter(t -> t.area() == area).findFirst();
    }

    public Optional<DeprivationIndicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /**
     * Classifies a household of the area with this monthly income per person and this many of the
     * standard's deprivations. The area must have lines in this standard.
     */
    public PovertyDecision classify(Area area, BigDecimal income, int deprivations) {
        AreaThreshold lines = threshold(area).orElseThrow(() -> new IllegalArgumentException("no lines for " + area));
        return rule == PovertyRule.TWO_BAND ? twoBand(lines, income, deprivations)
                : incomeAndDeprivations(lines, income, deprivations);
    }

    private PovertyDecision twoBand(AreaThreshold lines, BigDecimal income, int deprivations) {
        if (income.compareTo(lines.poorLine()) <= 0) {
            return PovertyDecision.of(Classification.POOR, "poverty.reason.belowPoorLine", vnd(income), vnd(lines.poorLine()));
        }
        if (lines.nearPoorLine() == null || income.compareTo(lines.nearPoorLine()) > 0) {
            return aboveNearPoorLine(lines, income);
        }
        boolean poor = deprivations >= deprivationThreshold;
        return PovertyDecision.of(poor ? Classification.POOR : Classification.NEAR_POOR,
                poor ? "poverty.reason.twoBand.poor" : "poverty.reason.twoBand.nearPoor", vnd(income),
                vnd(lines.nearPoorLine()), deprivations, indicators.size(), deprivationThreshold);
    }

    /** QĐ 59/2015 (Điều 2): above the near-poor line up to the medium line, medium living standard. */
    private static PovertyDecision aboveNearPoorLine(AreaThreshold lines, BigDecimal income) {
        BigDecimal nearPoor = lines.nearPoorLine() == null ? lines.poorLine() : lines.nearPoorLine();
        if (lines.mediumLine() == null) {
            return PovertyDecision.of(Classification.NOT_POOR, "poverty.reason.aboveNearPoorLine", vnd(income), vnd(nearPoor));
        }
        if (income.compareTo(lines.mediumLine()) <= 0) {
            return PovertyDecision.of(Classification.MEDIUM, "poverty.reason.twoBand.medium", vnd(income), vnd(nearPoor),
                    vnd(lines.mediumLine()));
        }
        return PovertyDecision.of(Classification.NOT_POOR, "poverty.reason.aboveMediumLine", vnd(income),
                vnd(lines.mediumLine()));
    }

    private PovertyDecision incomeAndDeprivations(AreaThreshold lines, BigDecimal income, int deprivations) {
        if (income.compareTo(lines.poorLine()) <= 0) {
            boolean poor = deprivations >= deprivationThreshold;
            return PovertyDecision.of(poor ? Classification.POOR : Classification.NEAR_POOR,
                    poor ? "poverty.reason.poor" : "poverty.reason.nearPoor", vnd(income), vnd(lines.poorLine()),
                    deprivations, indicators.size(), deprivationThreshold);
        }
        if (lines.mediumLine() != null && income.compareTo(lines.mediumLine()) <= 0) {
            return PovertyDecision.of(Classification.MEDIUM, "poverty.reason.medium", vnd(income), vnd(lines.poorLine()),
                    vnd(lines.mediumLine()));
        }
        BigDecimal line = lines.mediumLine() == null ? lines.poorLine() : lines.mediumLine();
        return PovertyDecision.of(Classification.NOT_POOR,
                lines.mediumLine() == null ? "poverty.reason.abovePoorLine" : "poverty.reason.aboveMediumLine",
                vnd(income), vnd(line));
    }

    private static String vnd(BigDecimal amount) {
        return VietnameseNumbers.formatAmount(amount);
    }
}

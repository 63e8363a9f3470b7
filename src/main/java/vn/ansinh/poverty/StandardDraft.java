package vn.ansinh.poverty;

import java.math.BigDecimal;
import java.util.stream.Collectors;

import vn.ansinh.shared.VietnameseNumbers;

/**
 * A draft standard as its form sends it, before it is checked: amounts as printed ("2.200.000"), dates
 * as yyyy-mm-dd, and the indicators one a line, "CODE | dimension | name | English name".
 */
public record StandardDraft(String name, String legalBasis, String validFrom, String validTo, PovertyRule rule,
        String deprivationThreshold, String note, String ruralPoorLine, String ruralNearPoorLine,
        String ruralMediumLine, String urbanPoorLine, String urbanNearPoorLine, String urbanMediumLine,
        String indicators) {

    public static StandardDraft of(PovertyStandard s) {
        AreaThreshold rural = s.threshold(Area.RURAL).orElse(null);
        AreaThreshold urban = s.threshold(Area.URBAN).orElse(null);
        return new StandardDraft(s.name(), s.legalBasis(), s.validFrom().toString(),
                s.validTo() == null ? "" : s.validTo().toString(), s.rule(), String.valueOf(s.deprivationThreshold()),
                s.note(), amount(rural, Line.POOR), amount(rural, Line.NEAR_POOR), amount(rural, Line.MEDIUM),
                amount(urban, Line.POOR), amount(urban, Line.NEAR_POOR), amount(urban, Line.MEDIUM),
                s.indicators().stream().map(i -> String.join(" | ", i.code(), i.dimension(), i.name(), i.nameEn()))
                        .collect(Collectors.joining("\n")));
    }

    enum Line {
        POOR,
        NEAR_POOR,
        MEDIUM
    }

    private static String amount(AreaThreshold threshold, Line line) {
        if (threshold == null) {
            return "";
        }
        BigDecimal value = switch (line) {
            case POOR -> threshold.poorLine();
            case NEAR_POOR -> threshold.nearPoorLine();
            case MEDIUM -> threshold.mediumLine();
        };
        return value == null ? "" : VietnameseNumbers.formatAmount(value);
    }
}

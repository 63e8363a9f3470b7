package vn.ansinh.targets;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import vn.ansinh.shared.CatalogueChange;
import vn.ansinh.shared.Domain;

/** Something a programme measures; partId and wholeId are set for rates. */
@Table("indicator")
public record Indicator(
        @Id Long id,
        String code,
        String nameVi,
        String nameEn,
        Domain domain,
        String measure,
        Aggregation aggregation,
        Long partId,
        Long wholeId) implements CatalogueChange.Identified {

    /** Measures that count people, households, turns or units: their figures are whole numbers. */
    private static final java.util.Set<String> COUNTED = java.util.Set.of("người", "hộ", "lượt", "xã", "lao động",
            "học viên", "trẻ", "trẻ em", "cơ sở", "mô hình");

    /**
     * Whether its figures are counts — of people, households, units — so whole numbers; rates, percentages
     * and amounts of money may have fractions.
     */
    public boolean counts() {
        return aggregation == Aggregation.COUNT_UNITS
                || aggregation == Aggregation.SUM && measure != null && COUNTED.contains(measure.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether one unit's own figure of it is a yes or no — 1 if the unit meets the condition, 0 if not — as
     * «9/9 xã không có hộ nghèo thuộc chính sách NCC» is the count of communes that report 1.
     */
    public boolean yesOrNo() {
        return aggregation == Aggregation.COUNT_UNITS;
    }

    /** Whether two definitions say the same thing (ids aside). */
    public boolean sameDefinitionAs(Indicator other) {
        return code.equals(other.code) && nameVi.equals(other.nameVi) && nameEn.equals(other.nameEn)
                && domain == other.domain && measure.equals(other.measure) && aggregation == other.aggregation
                && java.util.Objects.equals(partId, other.partId) && java.util.Objects.equals(wholeId, other.wholeId);
    }
}

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

    /** Whether two definitions say the same thing (ids aside). */
    public boolean sameDefinitionAs(Indicator other) {
        return code.equals(other.code) && nameVi.equals(other.nameVi) && nameEn.equals(other.nameEn)
                && domain == other.domain && measure.equals(other.measure) && aggregation == other.aggregation
                && java.util.Objects.equals(partId, other.partId) && java.util.Objects.equals(wholeId, other.wholeId);
    }
}

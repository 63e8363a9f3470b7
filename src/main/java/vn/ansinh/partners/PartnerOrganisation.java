package vn.ansinh.partners;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import vn.ansinh.shared.CatalogueChange;

/** An organisation at a unit; parentId points to the organisation a branch belongs to. */
@Table("partner_organisation")
public record PartnerOrganisation(
        @Id Long id,
        Long unitId,
        Long parentId,
        OrganisationKind kind,
        String code,
        String name,
        String shortName) implements CatalogueChange.Identified {

    public static PartnerOrganisation create(long unitId, Long parentId, OrganisationKind kind, String code,
            String name, String shortName) {
        return new PartnerOrganisation(null, unitId, parentId, kind, code, name, shortName);
    }
}

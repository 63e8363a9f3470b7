package vn.ansinh.partners;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.CatalogueChange;

/** A partner organisation was created or changed; the unit is the organisation's unit after the change. */
public record OrganisationChanged(AuditAction action, PartnerOrganisation before, PartnerOrganisation after)
        implements CatalogueChange<PartnerOrganisation> {

    @Override
    public String entityType() {
        return "partner_organisation";
    }

    @Override
    public Long unitId() {
        return after.unitId();
    }
}

package vn.ansinh.units;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.CatalogueChange;

/** An administrative unit was created or changed (units are never deleted: figures refer to them). */
public record UnitChanged(AuditAction action, AdministrativeUnit before, AdministrativeUnit after)
        implements CatalogueChange<AdministrativeUnit> {

    @Override
    public String entityType() {
        return "administrative_unit";
    }

    @Override
    public Long unitId() {
        return after.id();
    }
}

package vn.ansinh.targets;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.CatalogueChange;

/** An indicator of the catalogue was created or changed; it belongs to no unit. */
public record IndicatorChanged(AuditAction action, Indicator before, Indicator after)
        implements CatalogueChange<Indicator> {

    @Override
    public String entityType() {
        return "indicator";
    }

    @Override
    public Long unitId() {
        return null;
    }
}

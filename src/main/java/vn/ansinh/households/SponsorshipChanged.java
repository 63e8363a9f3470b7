package vn.ansinh.households;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/** A poor household's sponsoring organisation in a year was given, changed or taken away (null). */
public record SponsorshipChanged(long householdId, long householdUnitId, int year, Long organisationBefore,
        Long organisationAfter) implements AuditedChange {

    /** What the audit shows on either side: the organisation sponsoring the household that year. */
    public record Sponsor(int year, Long organisationId) {
    }

    @Override
    public AuditAction action() {
        return organisationBefore == null ? AuditAction.CREATE
                : organisationAfter == null ? AuditAction.DELETE : AuditAction.UPDATE;
    }

    @Override
    public String entityType() {
        return "household_sponsor";
    }

    @Override
    public String entityId() {
        return householdId + "/" + year;
    }

    @Override
    public Long unitId() {
        return householdUnitId;
    }

    @Override
    public Object oldValue() {
        return organisationBefore == null ? null : new Sponsor(year, organisationBefore);
    }

    @Override
    public Object newValue() {
        return organisationAfter == null ? null : new Sponsor(year, organisationAfter);
    }
}

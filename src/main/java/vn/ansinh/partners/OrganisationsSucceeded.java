package vn.ansinh.partners;

import java.time.LocalDate;
import java.util.List;

import vn.ansinh.shared.AuditAction;
import vn.ansinh.shared.AuditedChange;

/**
 * The organisations of units that were succeeded followed them into the successor, under the units' succession
 * record: each step names the organisation (code), what became of it, its old unit and the one it continues in.
 */
public record OrganisationsSucceeded(long successorUnitId, LocalDate effectiveOn, String legalBasis, List<Step> steps)
        implements AuditedChange {

    /** One organisation: CONTINUED or MERGED (then continuedIn is the code of the one that goes on); branches re-parented. */
    public record Step(String organisation, OrganisationSuccession.Kind kind, long fromUnitId, String continuedIn,
            List<String> branchesReparented) {
    }

    @Override
    public AuditAction action() {
        return AuditAction.CREATE;
    }

    @Override
    public String entityType() {
        return "organisation_succession";
    }

    @Override
    public String entityId() {
        return String.valueOf(successorUnitId);
    }

    @Override
    public Long unitId() {
        return successorUnitId;
    }

    @Override
    public Object oldValue() {
        return null;
    }

    @Override
    public Object newValue() {
        return this;
    }
}

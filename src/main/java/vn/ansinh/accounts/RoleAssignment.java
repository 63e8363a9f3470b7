package vn.ansinh.accounts;

import org.springframework.data.relational.core.mapping.Table;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A role and what it is scoped to: a unit (commune officer, viewer), an organisation, or nothing (the office's roles). */
@Table("role_assignment")
public record RoleAssignment(Role role, Long unitId, Long organisationId) {

    public static RoleAssignment admin() {
        return new RoleAssignment(Role.ADMIN, null, null);
    }

    public static RoleAssignment dataProtectionOfficer() {
        return new RoleAssignment(Role.DATA_PROTECTION_OFFICER, null, null);
    }

    public static RoleAssignment ofUnit(Role role, long unitId) {
        return new RoleAssignment(role, unitId, null);
    }

    public static RoleAssignment ofOrganisation(long organisationId) {
        return new RoleAssignment(Role.ORGANISATION_OFFICER, null, organisationId);
    }

    /** Whether the assignment names what its role needs, and nothing else. Not part of its JSON. */
    @JsonIgnore
    public boolean isComplete() {
        return switch (role) {
            case ADMIN, DATA_PROTECTION_OFFICER -> unitId == null && organisationId == null;
            case COMMUNE_OFFICER, VIEWER -> unitId != null && organisationId == null;
            case ORGANISATION_OFFICER -> organisationId != null && unitId == null;
        };
    }
}

package vn.ansinh.accounts.web;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.shared.FieldProblems;

/**
 * A role to give a user, with the unit or organisation it is scoped to. No role is chosen until the
 * administrator chooses one; a role that needs a unit (or an organisation) is refused without it.
 */
record RoleForm(Role role, Long unitId, Long organisationId) {

    static RoleForm empty() {
        return new RoleForm(null, null, null);
    }

    /** What the form itself can tell is wrong: the role and the scope it needs. */
    FieldProblems problems() {
        FieldProblems problems = new FieldProblems().required("role", role);
        if (role != null && role.needsUnit()) {
            problems.required("unitId", unitId);
        }
        if (role != null && role.needsOrganisation()) {
            problems.required("organisationId", organisationId);
        }
        return problems;
    }

    RoleAssignment assignment() {
        return new RoleAssignment(role, role.needsUnit() ? unitId : null, role.needsOrganisation() ? organisationId : null);
    }
}

package vn.ansinh.accounts.web;

import vn.ansinh.accounts.AccountException;
import vn.ansinh.accounts.PasswordPolicy;
import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.shared.FieldProblems;

/**
 * The new-user form; a blank password means "generate one". No role is chosen until the administrator
 * chooses one: a form that defaulted to «Quản trị» made an administrator of whoever was added in a hurry.
 */
record UserForm(String username, String displayName, String email, String password, Role role, Long unitId,
        Long organisationId) {

    static UserForm empty() {
        return new UserForm(null, null, null, null, null, null, null);
    }

    /** What the form itself can tell is wrong: the role and the scope it needs. */
    FieldProblems problems() {
        return roleForm().problems();
    }

    RoleAssignment assignment() {
        return roleForm().assignment();
    }

    private RoleForm roleForm() {
        return new RoleForm(role, unitId, organisationId);
    }

    /** A refusal of the accounts module, beside the field it concerns. */
    static FieldProblems problems(AccountException e) {
        String field = "roles".equals(e.field()) ? "role" : e.field();
        FieldProblems problems = new FieldProblems();
        e.problems().forEach(key -> problems.add(field, key, PasswordPolicy.MIN_LENGTH));
        return problems;
    }
}

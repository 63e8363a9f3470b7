package vn.ansinh.accounts.web;

import vn.ansinh.accounts.Role;

/** The new-user form; a blank password means "generate one". */
record UserForm(String username, String displayName, String password, Role role, Long unitId, Long organisationId) {
}

package vn.ansinh.accounts.internal;

import java.util.HashSet;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.partners.PartnerOrganisation;
import vn.ansinh.partners.Partners;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.units.Units;

/**
 * The access scope of a signed-in user, worked out from their current role assignments on every
 * request, so a change an administrator makes applies at once.
 */
@Component
public class AccessScopes {

    private final UserAccountRepository accounts;
    private final Units units;
    private final Partners partners;

    AccessScopes(UserAccountRepository accounts, Units units, Partners partners) {
        this.accounts = accounts;
        this.units = units;
        this.partners = partners;
    }

    public AccessScope of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return AccessScope.nothing();
        }
        boolean admin = authentication.getAuthorities().stream()
                .anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
        if (admin) {
            return AccessScope.everything();
        }
        return accounts.findByUsername(authentication.getName()).filter(a -> a.enabled())
                .map(a -> of(a.roles())).orElse(AccessScope.nothing());
    }

    AccessScope of(Set<RoleAssignment> roles) {
        Set<Long> readable = new HashSet<>();
        Set<Long> writable = new HashSet<>();
        Set<Long> organisations = new HashSet<>();
        boolean allOrganisations = false;
        boolean personalData = false;
        for (RoleAssignment role : roles) {
            if (role.role().needsUnit()) {
                Set<Long> below = units.withDescendants(role.unitId());
                readable.addAll(below);
                allOrganisations = true;
                if (role.role() == Role.COMMUNE_OFFICER) {
                    writable.addAll(below);
                    personalData = true;
                }
            } else if (role.role() == Role.ORGANISATION_OFFICER) {
                for (PartnerOrganisation organisation : partners.withBranches(role.organisationId())) {
                    organisations.add(organisation.id());
                    readable.addAll(units.withDescendants(organisation.unitId()));
                }
            }
        }
        return new AccessScope(false, readable, writable, allOrganisations ? null : organisations, personalData);
    }
}

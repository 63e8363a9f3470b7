package vn.ansinh.reminders;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.shared.Party;
import vn.ansinh.shared.PartyKind;

/**
 * Who must act for a party: the enabled users whose role is scoped to it — a commune's officers (not its viewers,
 * who change nothing), an organisation's officers — and the office's administrators.
 */
@Component
public class Recipients {

    private final UserAccounts accounts;

    Recipients(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** The officers of the unit (commune officers scoped to it) or of the organisation. */
    public Set<Long> of(Party party) {
        return party.kind() == PartyKind.UNIT
                ? holding(r -> r.role() == Role.COMMUNE_OFFICER && Long.valueOf(party.id()).equals(r.unitId()))
                : holding(r -> r.role() == Role.ORGANISATION_OFFICER
                        && Long.valueOf(party.id()).equals(r.organisationId()));
    }

    public Set<Long> administrators() {
        return holding(r -> r.role() == Role.ADMIN);
    }

    private Set<Long> holding(Predicate<RoleAssignment> role) {
        Set<Long> ids = new TreeSet<>();
        accounts.all().stream().filter(a -> a.enabled() && a.roles().stream().anyMatch(role))
                .forEach(a -> ids.add(a.id()));
        return ids;
    }
}

package vn.ansinh.meetings.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.ansinh.commitments.ProgrammeParties;
import vn.ansinh.commitments.ProgrammeParty;
import vn.ansinh.meetings.CoordinationNotFoundException;
import vn.ansinh.programme.PartyRole;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Party;

/**
 * Who may do what with a programme's coordination work: whoever reads the programme reads its meetings, inspections
 * and action items; the coordinating office (administrators) records them; a party's writers close its items.
 */
@Component
public class ProgrammeAccess {

    private final Programmes programmes;
    private final ProgrammeParties parties;

    ProgrammeAccess(Programmes programmes, ProgrammeParties parties) {
        this.programmes = programmes;
        this.parties = parties;
    }

    public Optional<Programme> readable(long programmeId, AccessScope scope) {
        return programmes.byId(programmeId, scope);
    }

    /** The programme the coordinating office records for; refused (403) to anyone else, 404 when there is none. */
    public Programme recordable(long programmeId, AccessScope scope) {
        if (!mayRecord(scope)) {
            throw new AccessDeniedException("coordination work of programme " + programmeId);
        }
        return readable(programmeId, scope).orElseThrow(() -> new CoordinationNotFoundException("programme", programmeId));
    }

    public static boolean mayRecord(AccessScope scope) {
        return scope.unrestricted();
    }

    public static boolean mayClose(Party responsible, AccessScope scope) {
        return responsible.writableIn(scope);
    }

    public List<ProgrammeParty> parties(long programmeId) {
        return parties.of(programmeId);
    }

    public List<Party> partyKeys(long programmeId) {
        return parties(programmeId).stream().map(ProgrammeParty::party).toList();
    }

    /** The member communes of the programme (their unit ids), in section II's order. */
    public List<Long> communes(long programmeId) {
        return parties.bound(programmeId, PartyRole.MEMBER_COMMITTEES).stream().map(p -> p.party().id()).toList();
    }
}

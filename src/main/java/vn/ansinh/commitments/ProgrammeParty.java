package vn.ansinh.commitments;

import vn.ansinh.programme.PartyRole;
import vn.ansinh.shared.Party;

/** A party of a programme with the role its duties are written for, its code and its name as people say it. */
public record ProgrammeParty(Party party, PartyRole role, String code, String name) {

    /** Whether a duty written for this role binds the party: its own role's, or one all parties share. */
    public boolean boundBy(PartyRole duty) {
        return duty == PartyRole.ALL_PARTIES || role == duty;
    }
}

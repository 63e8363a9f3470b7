package vn.ansinh.commitments;

import vn.ansinh.programme.PartyRole;
import vn.ansinh.shared.Party;

/** A party of a programme with the role its duties are written for, its code and its name as people say it. */
public record ProgrammeParty(Party party, PartyRole role, String code, String name) {
}

package vn.ansinh.commitments;

/** How many of a party's commitments in force are on track, of how many, as of a day. */
public record PartyStanding(ProgrammeParty party, int onTrack, int total) {
}

package vn.ansinh.programme;

/** The parties a programme assigns duties to. */
public enum PartyRole {
    /** The people's committee of the coordinating unit (UBND huyện). */
    COORDINATING_COMMITTEE,
    /** The Fatherland Front and the mass organisations at the coordinating level. */
    FRONT_AND_ASSOCIATIONS,
    /** The people's committees of the member units (UBND các xã, thị trấn). */
    MEMBER_COMMITTEES,
    /** Every party together (phối hợp chung). */
    ALL_PARTIES
}

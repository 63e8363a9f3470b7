package vn.ansinh.partners;

/** Kinds of partner organisation in a coordination programme. */
public enum OrganisationKind {
    PEOPLES_COMMITTEE,
    FATHERLAND_FRONT,
    FARMERS_ASSOCIATION,
    WOMENS_UNION,
    YOUTH_UNION,
    VETERANS_ASSOCIATION,
    ELDERLY_ASSOCIATION,
    OTHER
}

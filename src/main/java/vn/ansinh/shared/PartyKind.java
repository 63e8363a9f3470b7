package vn.ansinh.shared;

/** What a party of a programme is: a unit's people's committee (a commune, or the coordinating unit) or an organisation. */
public enum PartyKind {
    UNIT,
    ORGANISATION
}

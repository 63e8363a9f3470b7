package vn.ansinh.shared;

/**
 * A party of a programme that promises, reports and is made responsible: a unit (its people's committee acts for
 * it) or a partner organisation. Its key («UNIT:5», «ORGANISATION:3») names it in a form field or a link.
 */
public record Party(PartyKind kind, long id) {

    public static Party unit(long unitId) {
        return new Party(PartyKind.UNIT, unitId);
    }

    public static Party organisation(long organisationId) {
        return new Party(PartyKind.ORGANISATION, organisationId);
    }

    public String key() {
        return kind + ":" + id;
    }

    /** The party a key names, or an IllegalArgumentException for a key that names none. */
    public static Party parse(String key) {
        int colon = key == null ? -1 : key.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("Not a party key: " + key);
        }
        return new Party(PartyKind.valueOf(key.substring(0, colon)), Long.parseLong(key.substring(colon + 1)));
    }

    /** Whether the scope writes for this party: its unit, or its organisation. */
    public boolean writableIn(AccessScope scope) {
        return kind == PartyKind.UNIT ? scope.canWrite(id) : scope.canWriteOrganisation(id);
    }
}

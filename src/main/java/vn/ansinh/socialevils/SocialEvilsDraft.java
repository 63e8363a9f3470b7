package vn.ansinh.socialevils;

/**
 * A month's counts as typed: the commune, the month ("2031-03" or "03/2031"), each count as printed ("1.234"), and the
 * version the month was read at (0: not reported yet). Kept as typed when refused.
 */
public record SocialEvilsDraft(Long unitId, String month, String drugUsersManaged, String treatedAtHome,
        String treatedInCentre, String drugUsersSupported, String prostitutionManaged, String prostitutionSupported,
        String vagrantsGathered, String vagrantsSupported, Integer version) {

    /** The names of the counts, as the form's fields and the messages («socialEvils.» + name) call them. */
    public static final java.util.List<String> COUNTS = java.util.List.of("drugUsersManaged", "treatedAtHome",
            "treatedInCentre", "drugUsersSupported", "prostitutionManaged", "prostitutionSupported", "vagrantsGathered",
            "vagrantsSupported");

    /** The form of a month: its saved counts and version, or blank at version 0. */
    public static SocialEvilsDraft of(long unitId, java.time.YearMonth month, SocialEvilsMonth saved) {
        if (saved == null) {
            return new SocialEvilsDraft(unitId, month.toString(), "", "", "", "", "", "", "", "", 0);
        }
        SocialEvilsCounts c = saved.counts();
        return new SocialEvilsDraft(unitId, month.toString(), "" + c.drugUsersManaged(), "" + c.treatedAtHome(),
                "" + c.treatedInCentre(), "" + c.drugUsersSupported(), "" + c.prostitutionManaged(),
                "" + c.prostitutionSupported(), "" + c.vagrantsGathered(), "" + c.vagrantsSupported(), saved.version());
    }

    /** The count typed in the named field. */
    public String count(String name) {
        return switch (name) {
            case "drugUsersManaged" -> drugUsersManaged;
            case "treatedAtHome" -> treatedAtHome;
            case "treatedInCentre" -> treatedInCentre;
            case "drugUsersSupported" -> drugUsersSupported;
            case "prostitutionManaged" -> prostitutionManaged;
            case "prostitutionSupported" -> prostitutionSupported;
            case "vagrantsGathered" -> vagrantsGathered;
            case "vagrantsSupported" -> vagrantsSupported;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** As typed, carrying the version the user now saves over. */
    public SocialEvilsDraft at(int newer) {
        return new SocialEvilsDraft(unitId, month, drugUsersManaged, treatedAtHome, treatedInCentre, drugUsersSupported,
                prostitutionManaged, prostitutionSupported, vagrantsGathered, vagrantsSupported, newer);
    }
}

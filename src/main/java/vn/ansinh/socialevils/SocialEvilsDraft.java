package vn.ansinh.socialevils;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A month's counts as typed: the commune, the month ("2031-03" or "03/2031"), each count as printed ("1.234"), and the
 * version the month was read at (0: not reported yet). Kept as typed when refused.
 */
public record SocialEvilsDraft(Long unitId, String month, String drugUsersManaged, String treatedAtHome,
        String treatedInCentre, String drugUsersSupported, String prostitutionManaged, String prostitutionSupported,
        String vagrantsGathered, String vagrantsSupported, Integer version) {

    /** The names of the counts, as the form's fields and the messages («socialEvils.» + name) call them. */
    public static final List<String> COUNTS = List.of("drugUsersManaged", "treatedAtHome",
            "treatedInCentre", "drugUsersSupported", "prostitutionManaged", "prostitutionSupported", "vagrantsGathered",
            "vagrantsSupported");

    /** The counts that stand as at their month (a period's figure is its latest month's); the others are summed. */
    public static final Set<String> STOCKS = Set.of("drugUsersManaged", "treatedAtHome",
            "treatedInCentre", "prostitutionManaged");

    private static final Pattern MONTH = Pattern.compile(
            "(\\d{1,2})/(\\d{4})|(\\d{4})-(\\d{2})");

    /** The month typed, "2031-03" (a month field) or "03/2031" (as printed); null when it is none. */
    public YearMonth typedMonth() {
        Matcher m = MONTH.matcher(month == null ? "" : month.strip());
        int number = !m.matches() ? 0 : Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
        return number < 1 || number > 12 ? null
                : YearMonth.of(Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3)), number);
    }

    /** The form of a month: its saved counts and version, or blank at version 0. */
    public static SocialEvilsDraft of(long unitId, YearMonth month, SocialEvilsMonth saved) {
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
        return java.util.Arrays.asList(drugUsersManaged, treatedAtHome, treatedInCentre, drugUsersSupported,
                prostitutionManaged, prostitutionSupported, vagrantsGathered, vagrantsSupported).get(index(name));
    }

    /** The position of the named count in {@link #COUNTS}. */
    static int index(String name) {
        int index = COUNTS.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(name);
        }
        return index;
    }

    /** As typed, carrying the version the user now saves over. */
    public SocialEvilsDraft at(int newer) {
        return new SocialEvilsDraft(unitId, month, drugUsersManaged, treatedAtHome, treatedInCentre, drugUsersSupported,
                prostitutionManaged, prostitutionSupported, vagrantsGathered, vagrantsSupported, newer);
    }
}

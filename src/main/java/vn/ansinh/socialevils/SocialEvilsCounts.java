package vn.ansinh.socialevils;

import java.util.List;

/**
 * The eight counts of a commune's month (or of a period). Stocks, as at the month: drugUsersManaged, treatedAtHome
 * (at home or in the community), treatedInCentre, prostitutionManaged. Flows, what happened in the month:
 * drugUsersSupported (into jobs or vocational training after treatment), prostitutionSupported, vagrantsGathered,
 * vagrantsSupported.
 */
public record SocialEvilsCounts(int drugUsersManaged, int treatedAtHome, int treatedInCentre, int drugUsersSupported,
        int prostitutionManaged, int prostitutionSupported, int vagrantsGathered, int vagrantsSupported) {

    public static final SocialEvilsCounts NONE = new SocialEvilsCounts(0, 0, 0, 0, 0, 0, 0, 0);

    /** The count of the given name (a component's name, as {@link SocialEvilsDraft#COUNTS} lists them). */
    public int count(String name) {
        return new int[] {drugUsersManaged, treatedAtHome, treatedInCentre, drugUsersSupported, prostitutionManaged,
            prostitutionSupported, vagrantsGathered, vagrantsSupported}[SocialEvilsDraft.index(name)];
    }

    /** In treatment, at home or in the community and in a centre. */
    public int inTreatment() {
        return treatedAtHome + treatedInCentre;
    }

    /** A period of months, in order: the stocks of the last month, the flows summed over all of them. */
    public static SocialEvilsCounts ofPeriod(List<SocialEvilsCounts> monthsInOrder) {
        SocialEvilsCounts flows = monthsInOrder.stream().reduce(NONE, SocialEvilsCounts::plus);
        return monthsInOrder.isEmpty() ? NONE : monthsInOrder.get(monthsInOrder.size() - 1).withFlowsOf(flows);
    }

    /** Every count added: the units of an area, or the flows of months. */
    public SocialEvilsCounts plus(SocialEvilsCounts o) {
        return new SocialEvilsCounts(drugUsersManaged + o.drugUsersManaged, treatedAtHome + o.treatedAtHome,
                treatedInCentre + o.treatedInCentre, drugUsersSupported + o.drugUsersSupported,
                prostitutionManaged + o.prostitutionManaged, prostitutionSupported + o.prostitutionSupported,
                vagrantsGathered + o.vagrantsGathered, vagrantsSupported + o.vagrantsSupported);
    }

    /** These stocks with the flows of other. */
    public SocialEvilsCounts withFlowsOf(SocialEvilsCounts other) {
        return new SocialEvilsCounts(drugUsersManaged, treatedAtHome, treatedInCentre, other.drugUsersSupported,
                prostitutionManaged, other.prostitutionSupported, other.vagrantsGathered, other.vagrantsSupported);
    }
}

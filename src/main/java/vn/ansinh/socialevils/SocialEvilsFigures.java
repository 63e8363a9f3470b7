package vn.ansinh.socialevils;

/**
 * Social evils figures of units over a period: stocks (drugUsersManaged, inTreatment, prostitutionManaged) of each
 * unit's latest month reported up to the period's end, summed over the units; flows (drugUsersSupported,
 * vagrantsSupported) summed over the units and the period's months.
 */
public record SocialEvilsFigures(int drugUsersManaged, int inTreatment, int drugUsersSupported, int prostitutionManaged,
        int vagrantsSupported) {
}

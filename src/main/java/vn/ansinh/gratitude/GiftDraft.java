package vn.ansinh.gratitude;

/**
 * A visit with gifts as typed: the commune, the occasion, the day ("27/07/2025"), how many received ("35"), the
 * whole amount ("17.500.000"; named giftAmount so the page's three forms keep distinct fields) and who gave.
 */
public record GiftDraft(Long unitId, GiftOccasion occasion, String givenOn, String recipients, String giftAmount,
        String giver) {

    public static GiftDraft empty(Long unitId) {
        return new GiftDraft(unitId, null, "", "", "", "");
    }
}

package vn.ansinh.gratitude;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * What the gratitude fund came to over some units and days: houses built and repaired and what they cost, the
 * contributions, and the gifts with how many received them. Computed from the entries, never stored.
 */
public record GratitudeTotals(int housesBuilt, int housesRepaired, BigDecimal houseCost, BigDecimal contributions,
        int giftRecipients, BigDecimal gifts) {

    public static GratitudeTotals of(Collection<Contribution> contributions, Collection<GratitudeHouse> houses,
            Collection<GratitudeGift> gifts) {
        return new GratitudeTotals(count(houses, HouseKind.BUILT), count(houses, HouseKind.REPAIRED),
                houses.stream().map(GratitudeHouse::cost).reduce(BigDecimal.ZERO, BigDecimal::add),
                contributions.stream().map(Contribution::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
                gifts.stream().mapToInt(GratitudeGift::recipients).sum(),
                gifts.stream().map(GratitudeGift::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static int count(Collection<GratitudeHouse> houses, HouseKind kind) {
        return (int) houses.stream().filter(h -> h.kind() == kind).count();
    }
}

package vn.ansinh.gratitude;

import java.util.List;

/**
 * A commune's gratitude fund in a year: the contributions of its months, the houses handed over and the gifts given
 * in it, each list in date order, with their totals.
 */
public record GratitudeYear(long unitId, int year, List<Contribution> contributions, List<GratitudeHouse> houses,
        List<GratitudeGift> gifts, GratitudeTotals totals) {

    public GratitudeYear(long unitId, int year, List<Contribution> contributions, List<GratitudeHouse> houses,
            List<GratitudeGift> gifts) {
        this(unitId, year, List.copyOf(contributions), List.copyOf(houses), List.copyOf(gifts),
                GratitudeTotals.of(contributions, houses, gifts));
    }
}

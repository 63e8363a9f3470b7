package vn.ansinh.gratitude;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A visit with gifts to people with merit of a commune: the occasion, the day, how many received, the whole amount, who gave. */
public record GratitudeGift(long id, long unitId, GiftOccasion occasion, LocalDate givenOn, int recipients,
        BigDecimal amount, String giver) {
}

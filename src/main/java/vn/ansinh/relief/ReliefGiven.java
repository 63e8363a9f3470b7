package vn.ansinh.relief;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Relief an affected household received: from whom, on which day, rice in kg, money in đồng, goods (any of them). */
public record ReliefGiven(long id, long affectedId, String giver, LocalDate givenOn, BigDecimal riceKg,
        BigDecimal money, String goods) {
}

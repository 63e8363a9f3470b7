package vn.ansinh.apportionment;

import java.math.BigDecimal;
import java.util.List;

/** A whole split among parts, in the order the parts were given; the shares add up to the whole. */
public record Split(long whole, boolean equal, List<Share> parts) {

    public Split {
        parts = List.copyOf(parts);
    }

    public BigDecimal baseTotal() {
        return parts.stream().map(Share::base).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public long shareTotal() {
        return parts.stream().mapToLong(Share::share).sum();
    }
}

package vn.ansinh.relief;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import vn.ansinh.shared.VietnameseNumbers;

/** What events came to: how many, households affected and relieved (given anything), rice in kg and money in đồng. */
public record ReliefTotals(int events, int householdsAffected, int householdsRelieved, BigDecimal riceKg,
        BigDecimal money) {

    /** The totals of these households and the relief given to them, over that many events. */
    public static ReliefTotals of(int events, Collection<AffectedHousehold> households, Collection<ReliefGiven> given) {
        Set<Long> ids = households.stream().map(AffectedHousehold::id).collect(Collectors.toSet());
        var theirs = given.stream().filter(g -> ids.contains(g.affectedId())).toList();
        return new ReliefTotals(events, households.size(),
                (int) theirs.stream().map(ReliefGiven::affectedId).distinct().count(),
                sum(theirs.stream().map(ReliefGiven::riceKg).filter(Objects::nonNull).toList()),
                sum(theirs.stream().map(ReliefGiven::money).filter(Objects::nonNull).toList()));
    }

    private static BigDecimal sum(Collection<BigDecimal> values) {
        return VietnameseNumbers.normalize(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}

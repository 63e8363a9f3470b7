package vn.ansinh.apportionment;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import vn.ansinh.shared.Fraction;

/**
 * Splits a whole among parts in proportion to their bases by the largest-remainder (Hamilton)
 * method, in exact arithmetic: each part first gets the whole-number part of its quota
 * (whole × base ÷ sum of bases); what is left — fewer units than there are parts — goes one each
 * to the parts with the largest remainders. So the shares always add up to the whole, none is
 * negative, and each is within 1 of its quota.
 * <p>
 * Ties of remainders go to the larger base first, then to the part given first: the result
 * never depends on anything but the input. A larger base never gets a smaller share: its quota
 * is larger, so either its whole-number part is larger, or it is equal and its remainder larger.
 * When every base is zero (or there is no base at all) the whole is split equally, in the same way.
 */
public final class Apportionment {

    private Apportionment() {
    }

    /**
     * @param bases the parts by name, in the order they are to be listed and, on a tie, served
     * @throws ApportionmentException when the whole or a base is negative or there is no part
     */
    public static Split split(long whole, LinkedHashMap<String, BigDecimal> bases) {
        check(whole, bases);
        boolean equal = bases.values().stream().allMatch(b -> b.signum() == 0);
        List<Part> parts = new ArrayList<>();
        bases.forEach((name, base) -> parts.add(new Part(name, base, equal ? Fraction.of(1) : Fraction.of(base))));
        Fraction total = parts.stream().map(Part::weight).reduce(Fraction.ZERO, Fraction::plus);
        List<Fraction> quotas = parts.stream().map(p -> p.weight().times(Fraction.of(whole)).dividedBy(total)).toList();
        long[] shares = quotas.stream().mapToLong(Apportionment::floor).toArray();
        long left = whole - java.util.Arrays.stream(shares).sum();
        byRemainder(parts, quotas).stream().limit(left).forEach(i -> shares[i]++);
        List<Share> result = IntStream.range(0, parts.size())
                .mapToObj(i -> new Share(parts.get(i).name(), parts.get(i).base(), quotas.get(i), shares[i])).toList();
        return new Split(whole, equal, result);
    }

    /** Equal shares of the whole among the named parts. */
    public static Split equal(long whole, List<String> names) {
        LinkedHashMap<String, BigDecimal> bases = new LinkedHashMap<>();
        names.forEach(name -> bases.put(name, BigDecimal.ZERO));
        return split(whole, bases);
    }

    private static void check(long whole, Map<String, BigDecimal> bases) {
        if (whole < 0) {
            throw new ApportionmentException("apportionment.whole.negative", whole);
        }
        if (bases.isEmpty()) {
            throw new ApportionmentException("apportionment.parts.none");
        }
        bases.forEach((name, base) -> {
            if (base == null) {
                throw new ApportionmentException("apportionment.base.missing", name);
            }
            if (base.signum() < 0) {
                throw new ApportionmentException("apportionment.base.negative", name, base);
            }
        });
    }

    /** Indexes of the parts by remainder, larger first; then by base, larger first; then as given. */
    private static List<Integer> byRemainder(List<Part> parts, List<Fraction> quotas) {
        Comparator<Integer> order = Comparator.<Integer, Fraction>comparing(i -> remainder(quotas.get(i))).reversed()
                .thenComparing(Comparator.<Integer, Fraction>comparing(i -> parts.get(i).weight()).reversed())
                .thenComparing(Comparator.naturalOrder());
        return IntStream.range(0, parts.size()).boxed().sorted(order).toList();
    }

    private static long floor(Fraction value) {
        return value.numerator().divide(value.denominator()).longValueExact();
    }

    private static Fraction remainder(Fraction value) {
        BigInteger whole = value.numerator().divide(value.denominator());
        return value.minus(new Fraction(whole, BigInteger.ONE));
    }

    private record Part(String name, BigDecimal base, Fraction weight) {
    }
}

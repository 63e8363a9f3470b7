package vn.ansinh.apportionment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import vn.ansinh.shared.Fraction;

/**
 * The properties of the largest-remainder split, over generated wholes and bases (jqwik runs on
 * this build's JUnit platform; a failing case is shrunk and reported with its seed).
 */
class ApportionmentPropertiesTest {

    @Property(tries = 500)
    void sharesAddUpToTheWholeAndNoneIsNegative(@ForAll @LongRange(max = 2_000_000) long whole,
            @ForAll("bases") List<BigDecimal> bases) {
        Split split = Apportionment.split(whole, named(bases));

        assertThat(split.shareTotal()).isEqualTo(whole);
        assertThat(split.parts()).allSatisfy(share -> assertThat(share.share()).isNotNegative());
    }

    @Property(tries = 500)
    void aLargerBaseNeverGetsASmallerShare(@ForAll @LongRange(max = 2_000_000) long whole,
            @ForAll("bases") List<BigDecimal> bases) {
        List<Share> parts = Apportionment.split(whole, named(bases)).parts();

        for (Share larger : parts) {
            for (Share smaller : parts) {
                if (larger.base().compareTo(smaller.base()) > 0) {
                    assertThat(larger.share()).as("%s against %s", larger, smaller).isGreaterThanOrEqualTo(smaller.share());
                }
            }
        }
    }

    @Property(tries = 500)
    void eachShareIsWithinOneOfItsExactQuota(@ForAll @LongRange(max = 2_000_000) long whole,
            @ForAll("bases") List<BigDecimal> bases) {
        Split split = Apportionment.split(whole, named(bases));
        BigDecimal total = split.baseTotal();

        for (Share share : split.parts()) {
            Fraction quota = total.signum() == 0 ? Fraction.of(whole).dividedBy(Fraction.of(bases.size()))
                    : Fraction.of(whole).times(Fraction.of(share.base())).dividedBy(Fraction.of(total));
            assertThat(share.exact()).isEqualTo(quota);
            Fraction off = Fraction.of(share.share()).minus(quota);
            assertThat(off.compareTo(Fraction.of(-1))).as("%s", share).isPositive();
            assertThat(off.compareTo(Fraction.of(1))).as("%s", share).isNegative();
        }
    }

    @Property(tries = 300)
    void equalBasesGetEqualSharesAndTheLeftoverGoesToThePartsGivenFirst(@ForAll @LongRange(max = 100_000) long whole,
            @ForAll @IntRange(min = 1, max = 40) int parts, @ForAll @LongRange(max = 10_000) long base) {
        LinkedHashMap<String, BigDecimal> bases = new LinkedHashMap<>();
        for (int i = 0; i < parts; i++) {
            bases.put("part " + i, BigDecimal.valueOf(base));
        }
        List<Share> shares = Apportionment.split(whole, bases).parts();

        long low = whole / parts;
        long extra = whole % parts;
        for (int i = 0; i < parts; i++) {
            assertThat(shares.get(i).share()).isEqualTo(i < extra ? low + 1 : low);
        }
    }

    @Property(tries = 200)
    void theSameInputAlwaysGivesTheSameSplit(@ForAll @LongRange(max = 2_000_000) long whole,
            @ForAll("bases") List<BigDecimal> bases) {
        assertThat(Apportionment.split(whole, named(bases))).isEqualTo(Apportionment.split(whole, named(bases)));
    }

    /** Lists of 1 to 30 bases: counts up to 100.000, now and then with decimals, many repeated, sometimes all zero. */
    @Provide
    Arbitrary<List<BigDecimal>> bases() {
        Arbitrary<BigDecimal> count = Arbitraries.longs().between(0, 100_000).map(BigDecimal::valueOf);
        Arbitrary<BigDecimal> small = Arbitraries.longs().between(0, 5).map(BigDecimal::valueOf);
        Arbitrary<BigDecimal> decimal = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(1000))
                .ofScale(2);
        Arbitrary<BigDecimal> base = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, count), net.jqwik.api.Tuple.of(3, small), net.jqwik.api.Tuple.of(1, decimal));
        return base.list().ofMinSize(1).ofMaxSize(30);
    }

    private static LinkedHashMap<String, BigDecimal> named(List<BigDecimal> bases) {
        LinkedHashMap<String, BigDecimal> named = new LinkedHashMap<>();
        for (int i = 0; i < bases.size(); i++) {
            named.put("part " + (i + 1), bases.get(i));
        }
        return named;
    }
}

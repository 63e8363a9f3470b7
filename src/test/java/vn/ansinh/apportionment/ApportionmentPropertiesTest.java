package vn.ansinh.apportionment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.ansinh.shared.Fraction;

/**
 * The properties of the largest-remainder split over generated cases: hundreds of wholes and lists
 * of bases, each made from a fixed seed (shown in the test's name), so a failure reproduces exactly.
 * Plain JUnit parameterized tests: jqwik was tried and dropped (see the commit that did).
 */
class ApportionmentPropertiesTest {

    static final int CASES = 600;

    /** A generated input: its seed, the whole and the bases in order. */
    record Case(long seed, long whole, List<BigDecimal> bases) {

        LinkedHashMap<String, BigDecimal> named() {
            LinkedHashMap<String, BigDecimal> named = new LinkedHashMap<>();
            for (int i = 0; i < bases.size(); i++) {
                named.put("part " + (i + 1), bases.get(i));
            }
            return named;
        }

        @Override
        public String toString() {
            return "seed " + seed + ": " + whole + " by " + bases;
        }
    }

    /**
     * 1 to 30 bases: counts up to 100.000, small counts (many ties), decimals with two places, now and
     * then all zero; wholes up to 2.000.000, sometimes smaller than the number of parts or zero.
     */
    static Stream<Case> cases() {
        return LongStream.rangeClosed(1, CASES).mapToObj(ApportionmentPropertiesTest::generated);
    }

    static Case generated(long seed) {
        Random random = new Random(seed);
        int parts = 1 + random.nextInt(30);
        boolean allZero = random.nextInt(20) == 0;
        List<BigDecimal> bases = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            bases.add(allZero ? BigDecimal.ZERO : base(random));
        }
        long whole = switch (random.nextInt(4)) {
            case 0 -> random.nextInt(parts + 1);
            case 1 -> random.nextInt(1_000);
            default -> random.nextInt(2_000_001);
        };
        return new Case(seed, whole, bases);
    }

    private static BigDecimal base(Random random) {
        return switch (random.nextInt(10)) {
            case 0, 1, 2 -> BigDecimal.valueOf(random.nextInt(6));
            case 3 -> BigDecimal.valueOf(random.nextInt(100_001), 2);
            default -> BigDecimal.valueOf(random.nextInt(100_001));
        };
    }

    @ParameterizedTest
    @MethodSource("cases")
    void sharesAddUpToTheWholeAndNoneIsNegative(Case input) {
        Split split = Apportionment.split(input.whole(), input.named());

        assertThat(split.shareTotal()).isEqualTo(input.whole());
        assertThat(split.parts()).allSatisfy(share -> assertThat(share.share()).isNotNegative());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aLargerBaseNeverGetsASmallerShare(Case input) {
        List<Share> parts = Apportionment.split(input.whole(), input.named()).parts();

        for (Share larger : parts) {
            for (Share smaller : parts) {
                if (larger.base().compareTo(smaller.base()) > 0) {
                    assertThat(larger.share()).as("%s against %s", larger, smaller).isGreaterThanOrEqualTo(smaller.share());
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void eachShareIsWithinOneOfItsExactQuota(Case input) {
        Split split = Apportionment.split(input.whole(), input.named());
        BigDecimal total = split.baseTotal();

        for (Share share : split.parts()) {
            Fraction quota = total.signum() == 0 ? Fraction.of(input.whole()).dividedBy(Fraction.of(input.bases().size()))
                    : Fraction.of(input.whole()).times(Fraction.of(share.base())).dividedBy(Fraction.of(total));
            assertThat(share.exact()).isEqualTo(quota);
            Fraction off = Fraction.of(share.share()).minus(quota);
            assertThat(off.compareTo(Fraction.of(-1))).as("%s", share).isPositive();
            assertThat(off.compareTo(Fraction.of(1))).as("%s", share).isNegative();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void equalBasesGetEqualSharesAndTheLeftoverGoesToThePartsGivenFirst(Case input) {
        int parts = input.bases().size();
        LinkedHashMap<String, BigDecimal> bases = new LinkedHashMap<>();
        for (int i = 0; i < parts; i++) {
            bases.put("part " + i, input.bases().get(0));
        }
        List<Share> shares = Apportionment.split(input.whole(), bases).parts();

        for (int i = 0; i < parts; i++) {
            assertThat(shares.get(i).share()).isEqualTo(input.whole() / parts + (i < input.whole() % parts ? 1 : 0));
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theSameInputAlwaysGivesTheSameSplit(Case input) {
        assertThat(Apportionment.split(input.whole(), input.named()))
                .isEqualTo(Apportionment.split(input.whole(), input.named()));
    }
}

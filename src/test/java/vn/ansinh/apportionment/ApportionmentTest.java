package vn.ansinh.apportionment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The largest-remainder split on real figures, its tie-break and its refusals. */
class ApportionmentTest {

    /**
     * 1.200 jobs split by Biểu 1 "Chưa có việc làm" (column 3), total 5.315. Quota = 1.200 × base ÷ 5.315:
     * <pre>
     *              base  1.200 × base    quota = whole + remainder/5.315   exact    share
     * Cam An        882    1.058.400     199 +   715/5.315                199,13    199
     * Cam Thanh     309      370.800      69 + 4.065/5.315                 69,76     70 (2nd remainder)
     * Cam Thủy      808      969.600     182 + 2.270/5.315                182,43    182
     * Cam Hiếu      449      538.800     101 + 1.985/5.315                101,37    101
     * Cam Tuyền     509      610.800     114 + 4.890/5.315                114,92    115 (1st)
     * Cam Thành     618      741.600     139 + 2.815/5.315                139,53    140 (5th)
     * Cam Chính     313      375.600      70 + 3.550/5.315                 70,67     71 (3rd)
     * Cam Nghĩa     623      747.600     140 + 3.500/5.315                140,66    141 (4th)
     * TT Cam Lộ     804      964.800     181 + 2.785/5.315                181,52    181 (6th: none left)
     * </pre>
     * The whole parts add up to 1.195; the 5 left go to the 5 largest remainders.
     */
    @Test
    void twelveHundredJobsByNotEmployedWorkers() {
        Split split = Apportionment.split(1200, bases(
                "Cam An", 882, "Cam Thanh", 309, "Cam Thủy", 808, "Cam Hiếu", 449, "Cam Tuyền", 509,
                "Cam Thành", 618, "Cam Chính", 313, "Cam Nghĩa", 623, "TT Cam Lộ", 804));

        assertThat(split.parts()).extracting(Share::name, Share::share).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Cam An", 199L), org.assertj.core.groups.Tuple.tuple("Cam Thanh", 70L),
                org.assertj.core.groups.Tuple.tuple("Cam Thủy", 182L), org.assertj.core.groups.Tuple.tuple("Cam Hiếu", 101L),
                org.assertj.core.groups.Tuple.tuple("Cam Tuyền", 115L), org.assertj.core.groups.Tuple.tuple("Cam Thành", 140L),
                org.assertj.core.groups.Tuple.tuple("Cam Chính", 71L), org.assertj.core.groups.Tuple.tuple("Cam Nghĩa", 141L),
                org.assertj.core.groups.Tuple.tuple("TT Cam Lộ", 181L));
        assertThat(split.parts()).extracting(s -> s.exactShare().toPlainString()).containsExactly(
                "199.13", "69.76", "182.43", "101.37", "114.92", "139.53", "70.67", "140.66", "181.52");
        assertThat(split.baseTotal()).isEqualByComparingTo("5315");
        assertThat(split.shareTotal()).isEqualTo(1200);
        assertThat(split.equal()).isFalse();
    }

    @Test
    void equalRemaindersGoToTheLargerBaseFirstThenToThePartGivenFirst() {
        // Quotas 0,5 and 1,5 of 2: one whole left over for two remainders of ½; B's base is larger.
        Split byBase = Apportionment.split(2, bases("A", 1, "B", 3));
        assertThat(byBase.parts()).extracting(Share::share).containsExactly(0L, 2L);

        // Three equal bases, two wholes left: the first two parts given.
        Split byOrder = Apportionment.split(5, bases("C", 1, "A", 1, "B", 1));
        assertThat(byOrder.parts()).extracting(Share::name, Share::share).containsExactly(
                org.assertj.core.groups.Tuple.tuple("C", 2L), org.assertj.core.groups.Tuple.tuple("A", 2L),
                org.assertj.core.groups.Tuple.tuple("B", 1L));
    }

    @Test
    void allZeroBasesSplitEqually() {
        Split split = Apportionment.split(14, bases("Hội ND", 0, "Hội PN", 0, "Đoàn TN", 0, "Hội CCB", 0, "Hội CT+khác", 0));

        assertThat(split.equal()).isTrue();
        assertThat(split.parts()).extracting(Share::share).containsExactly(3L, 3L, 3L, 3L, 2L);
        assertThat(Apportionment.equal(14, List.of("a", "b", "c", "d", "e"))).extracting(Split::parts)
                .isEqualTo(split.parts().stream().map(s -> new Share(
                        List.of("a", "b", "c", "d", "e").get(split.parts().indexOf(s)), s.base(), s.exact(), s.share()))
                        .toList());
    }

    @Test
    void aZeroWholeGivesNothingToAnyone() {
        assertThat(Apportionment.split(0, bases("A", 3, "B", 0)).parts()).extracting(Share::share).containsExactly(0L, 0L);
    }

    @Test
    void aNegativeBaseOrWholeOrNoPartIsRefusedWithAMessageKey() {
        assertThatThrownBy(() -> Apportionment.split(10, bases("A", 3, "B", -1)))
                .isInstanceOfSatisfying(ApportionmentException.class, e -> {
                    assertThat(e.code()).isEqualTo("apportionment.base.negative");
                    assertThat(e.arguments()).containsExactly("B", BigDecimal.valueOf(-1));
                });
        assertThatThrownBy(() -> Apportionment.split(-1, bases("A", 3)))
                .isInstanceOfSatisfying(ApportionmentException.class,
                        e -> assertThat(e.code()).isEqualTo("apportionment.whole.negative"));
        assertThatThrownBy(() -> Apportionment.split(1, new LinkedHashMap<>()))
                .isInstanceOfSatisfying(ApportionmentException.class,
                        e -> assertThat(e.code()).isEqualTo("apportionment.parts.none"));
    }

    static LinkedHashMap<String, BigDecimal> bases(Object... nameThenBase) {
        LinkedHashMap<String, BigDecimal> bases = new LinkedHashMap<>();
        for (int i = 0; i < nameThenBase.length; i += 2) {
            bases.put((String) nameThenBase[i], BigDecimal.valueOf(((Number) nameThenBase[i + 1]).longValue()));
        }
        return bases;
    }
}

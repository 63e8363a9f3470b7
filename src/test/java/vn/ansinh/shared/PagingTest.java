package vn.ansinh.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void aCommuneOf1805HouseholdsIn100APageHas19Pages() {
        Paging second = new Paging(2, 100, 1805);

        assertThat(second.pages()).isEqualTo(19);
        assertThat(second.offset()).isEqualTo(100);
        assertThat(second.firstShown()).isEqualTo(101);
        assertThat(second.lastShown()).isEqualTo(200);
        assertThat(second.hasPrevious()).isTrue();
        assertThat(second.numbers()).containsExactly(1, 2, 3, 4, 0, 19);
    }

    @Test
    void theLastPageHoldsTheRest() {
        Paging last = new Paging(19, 100, 1805);

        assertThat(last.lastShown()).isEqualTo(1805);
        assertThat(last.hasNext()).isFalse();
        assertThat(last.numbers()).containsExactly(1, 0, 17, 18, 19);
    }

    @Test
    void aPageBeyondTheLastIsTheLastAndAnEmptyListHasOnePage() {
        assertThat(new Paging(40, 100, 1805).page()).isEqualTo(19);
        assertThat(new Paging(0, 100, 1805).page()).isEqualTo(1);
        Paging empty = new Paging(3, 50, 0);
        assertThat(empty.page()).isEqualTo(1);
        assertThat(empty.pages()).isEqualTo(1);
        assertThat(empty.firstShown()).isZero();
        assertThat(empty.numbers()).containsExactly(1);
    }
}

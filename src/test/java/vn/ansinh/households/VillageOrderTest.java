package vn.ansinh.households;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class VillageOrderTest {

    @Test
    void numberedVillagesGoByTheirNumberAndNamesByTheVietnameseAlphabet() {
        List<String> villages = List.of("Thôn 10", "Thôn 2", "Đông Định", "Thôn 1", "Dương Lệ", "An Mỹ", "Thôn 2A");

        assertThat(villages.stream().sorted(VillageOrder.comparator()).toList())
                .containsExactly("An Mỹ", "Dương Lệ", "Đông Định", "Thôn 1", "Thôn 2", "Thôn 2A", "Thôn 10");
    }
}

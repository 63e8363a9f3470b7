package vn.ansinh.units.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.ansinh.units.internal.PredecessorWords.Named;

/** The predecessors as the resolutions of 2025 word them, read into names, kinds, districts and parts. */
class PredecessorWordsTest {

    @Test
    void wholeCommunesWithTheirKindAndADistrictWhereNamed() {
        assertThat(PredecessorWords.read("Xã Cam Thủy (huyện Cam Lộ), Xã Cam Hiếu, Xã Cam Tuyền, Xã Thanh An")).containsExactly(
                new Named("Xã Cam Thủy (huyện Cam Lộ)", "xã", "Cam Thủy", "Cam Lộ", false),
                new Named("Xã Cam Hiếu", "xã", "Cam Hiếu", null, false),
                new Named("Xã Cam Tuyền", "xã", "Cam Tuyền", null, false),
                new Named("Xã Thanh An", "xã", "Thanh An", null, false));
    }

    @Test
    void partsOfUnitsAndTheNamesThatShareTheirKind() {
        assertThat(PredecessorWords.read("Phường Quán Thánh, một phần diện tích TN, quy mô dân số của các phường Cửa Nam, "
                + "Điện Biên, phần còn lại của phường Cửa Đông, Đồng Xuân sau khi sắp Xếp")).containsExactly(
                new Named("Phường Quán Thánh", "phường", "Quán Thánh", null, false),
                new Named("quy mô dân số của các phường Cửa Nam", "phường", "Cửa Nam", null, true),
                new Named("Điện Biên", "phường", "Điện Biên", null, true),
                new Named("phần còn lại của phường Cửa Đông", "phường", "Cửa Đông", null, true),
                new Named("Đồng Xuân sau khi sắp Xếp", "phường", "Đồng Xuân", null, true));
        assertThat(PredecessorWords.read("Phường Ngọc Thụy (phần còn lại sau khi sáp nhập vào phường Hồng Hà, phường Long Biên)"))
                .containsExactly(new Named("Phường Ngọc Thụy (phần còn lại sau khi sáp nhập vào phường Hồng Hà, phường Long Biên)",
                        "phường", "Ngọc Thụy", null, true));
    }

    @Test
    void provincesJoinedByVaAndASentenceAddedAfter() {
        assertThat(PredecessorWords.read("tỉnh Bình Phước và tỉnh Đồng Nai. Từ ngày 30%/04%/2026, Tỉnh Đồng Nai mới …"))
                .extracting(Named::name).containsExactly("Bình Phước", "Đồng Nai");
        assertThat(PredecessorWords.kept("giữ nguyên")).isTrue();
        assertThat(PredecessorWords.kept("Xã Giữ Nguyên Thượng")).isFalse();
    }

    @Test
    void theSpellingsOfOneNameShareAKey() {
        assertThat(NameKeys.key("Thụy Hương")).isEqualTo(NameKeys.key("Thuỵ Hương"));
        assertThat(NameKeys.key("Sỹ Bình")).isEqualTo(NameKeys.key("Sĩ Bình"));
        assertThat(NameKeys.key("Văn Miếu - Quốc Tử Giám")).isEqualTo(NameKeys.key("Văn Miếu Quốc Tử Giám"));
        assertThat(NameKeys.key("Avương")).isEqualTo(NameKeys.key("A Vương"));
        assertThat(NameKeys.key("NT Lệ Ninh")).isEqualTo(NameKeys.key("Nông trường Lệ Ninh"));
        assertThat(NameKeys.key("Cam Thanh")).isNotEqualTo(NameKeys.key("Cam Thành"));
        assertThat(NameKeys.key("Mỹ Hòa")).as("y after a consonant is i; the tone still counts").isNotEqualTo(NameKeys.key("Mi Hòa")).isEqualTo(NameKeys.key("Mĩ Hòa"));
    }
}

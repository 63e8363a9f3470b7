package vn.ansinh.households.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

/** Names fold to lower case without accents, «đ» to «d», composed or decomposed alike. */
class NameFoldingTest {

    @Test
    void aNameFoldsWithoutAccentsOrCase() {
        assertThat(NameFolding.fold("Nguyễn Văn A")).isEqualTo("nguyen van a");
        assertThat(NameFolding.fold("ĐẶNG  Thị Yến")).isEqualTo("dang thi yen");
        assertThat(NameFolding.fold(Normalizer.normalize("Hồ Thị Hường", Normalizer.Form.NFD))).isEqualTo("ho thi huong");
        assertThat(NameFolding.fold(null)).isNull();
    }
}

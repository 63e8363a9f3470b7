package vn.ansinh.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.documents.OfficialLetter.Heading;
import vn.ansinh.documents.OfficialLetter.Signer;
import vn.ansinh.documents.OfficialLetter.Table;
import vn.ansinh.documents.OfficialLetter.Text;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.units.Units;

@IntegrationTest
class OfficialLettersTest {

    @Autowired
    OfficialLetters letters;

    @Autowired
    Units units;

    @Test
    void minutesOfCamAnReadBackInTheAdministrativeLayout() throws Exception {
        long camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        DocumentHeader header = letters.header(camAn, null, "BB-UBND", LocalDate.of(2019, 3, 5));
        OfficialLetter letter = new OfficialLetter("bien-ban", header, List.of("BIÊN BẢN", "Họp giao ban tháng 3/2019"),
                List.of(new Heading("I. Thành phần"), new Text("Chủ trì: Nguyễn Văn A\nThư ký: Trần Thị B"),
                        new Table(List.of("Nội dung", "Đơn vị", "Hạn"),
                                List.of(List.of("Rà soát hộ nghèo", "UBND xã Cam An", "31/03/2019")), List.of(3, 2, 1))),
                List.of(new Signer(null, "THƯ KÝ", "Trần Thị B"), new Signer(null, "CHỦ TRÌ", "Nguyễn Văn A")),
                List.of("UBND huyện Cam Lộ", "Lưu: VT."));

        List<String> lines = DocumentText.ofDocx(letters.docx(letter)).lines();

        assertThat(lines).startsWith("UBND XÃ CAM AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
                "Số: …/BB-UBND Cam An, ngày 05 tháng 03 năm 2019", "BIÊN BẢN", "Họp giao ban tháng 3/2019",
                "I. Thành phần", "Chủ trì: Nguyễn Văn A", "Thư ký: Trần Thị B", "Nội dung Đơn vị Hạn",
                "Rà soát hộ nghèo UBND xã Cam An 31/03/2019");
        assertThat(lines).endsWith("THƯ KÝ Trần Thị B CHỦ TRÌ Nguyễn Văn A", "Nơi nhận:", "- UBND huyện Cam Lộ",
                "- Lưu: VT.");
    }

    @Test
    void aTableRowOfTheWrongWidthIsRefused() {
        assertThatThrownBy(() -> new Table(List.of("A", "B"), List.of(List.of("1")), List.of(1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

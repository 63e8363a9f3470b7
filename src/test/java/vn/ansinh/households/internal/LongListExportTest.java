package vn.ansinh.households.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.households.HouseholdImportResult;
import vn.ansinh.households.HouseholdImports;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.units.Units;

/**
 * A list longer than a sheet goes on in further sheets, the header repeated and no household split,
 * and reads back whole: here a sheet takes 4 rows (Excel's sheets take 1.048.576).
 */
@IntegrationTest
class LongListExportTest {

    private static final String HEADER = "Xã,Mã hộ,Khu vực,Năm,Phân loại,Nhóm hộ nghèo,Họ tên,Giới tính,Quan hệ với chủ hộ,Ngày sinh\n";

    @Autowired
    HouseholdStore store;
    @Autowired
    HouseholdStatusStore statuses;
    @Autowired
    HouseholdImports imports;
    @Autowired
    Units units;

    @Test
    void aLongListGoesOnInFurtherSheetsAndReadsBackWhole() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int h = 1; h <= 5; h++) {
            csv.append("Cam Chính,LL-").append(h).append(",Nông thôn,2083,Không nghèo,,Chủ hộ ").append(h).append(",Nam,Chủ hộ,15/03/1980\n");
            csv.append("Cam Chính,LL-").append(h).append(",,,,,Vợ ").append(h).append(",Nữ,Vợ,\n");
            if (h % 2 == 1) {
                csv.append("Cam Chính,LL-").append(h).append(",,,,,Con ").append(h).append(",Nam,Con,\n");
            }
        }
        assertThat(imports.importList("ll.csv", csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), false,
                AccessScope.everything()).errors()).isEmpty();
        long camChinh = units.byCode("QT.CL.CHINH").orElseThrow().id();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = new HouseholdListExport(store, statuses, 4).write(List.of(camChinh), Map.of(camChinh, "Cam Chính"), 2083,
                AccessScope.everything(), "DỮ LIỆU CÁ NHÂN – thử", out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isGreaterThan(1);
            // the commune's other households (of other tests) come first: find LL-1's head on the sheets
            org.apache.poi.ss.usermodel.Cell born = java.util.stream.IntStream.range(0, workbook.getNumberOfSheets())
                    .mapToObj(workbook::getSheetAt).flatMap(sheet -> java.util.stream.StreamSupport.stream(
                            sheet.spliterator(), false))
                    .filter(r -> r.getRowNum() > 0 && "Chủ hộ 1".equals(r.getCell(11).getStringCellValue()))
                    .findFirst().orElseThrow().getCell(13);
            // a real date, not text; its year (a retention run of another test in the shared database may have cut
            // a far-future list's dates to 1 January, as anonymising does)
            assertThat(born.getLocalDateTimeCellValue().toLocalDate().getYear()).as("a real date, not text")
                    .isEqualTo(1980);
            assertThat(born.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                assertThat(workbook.getSheetAt(s).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Xã");
                assertThat(workbook.getSheetAt(s).getLastRowNum()).isLessThanOrEqualTo(4);
                assertThat(workbook.getSheetAt(s).getHeader().getCenter()).as("each printed page says it holds personal data")
                        .isEqualTo("DỮ LIỆU CÁ NHÂN – thử");
            }
        }
        HouseholdImportResult back = imports.importList("ll.xlsx", out.toByteArray(), true, AccessScope.everything());
        assertThat(back.errors()).isEmpty();
        assertThat(back.members()).isEqualTo(rows);
        assertThat(back.created()).isZero();
    }
}

package vn.ansinh.annex.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.annex.AnnexTables;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;

/** The XLSX export of Biểu 1–3 of the seed programme, read back with POI. */
@IntegrationTest
class AnnexWorkbookTest {

    private static final long PROGRAMME = 1;
    private static final String SUBTITLE = "Kèm theo Chương trình phối hợp số … /CTrPH–UBND ngày … tháng 02 năm 2019";
    private static final String TOTAL = "Tổng cộng";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    @Autowired
    AnnexTables tables;

    @Test
    void bieu1LaysOutTitleHeaderAndCodes() throws IOException {
        try (XSSFWorkbook workbook = workbook("bieu-1")) {
            XSSFSheet sheet = titledSheet(workbook, "bieu-1", "Biểu số 1: CHỈ TIÊU KẾ HOẠCH LĐ-VL-DN");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getFont().getItalic()).isTrue();
            assertThat(sheet.getMergedRegions()).containsExactlyInAnyOrder(
                    new CellRangeAddress(0, 0, 0, 10), new CellRangeAddress(1, 1, 0, 10),
                    new CellRangeAddress(3, 4, 0, 0), new CellRangeAddress(3, 4, 1, 1),
                    new CellRangeAddress(3, 3, 2, 6), new CellRangeAddress(3, 3, 7, 10));
            assertThat(text(sheet, 3, 0)).isEqualTo("TT");
            assertThat(text(sheet, 3, 7)).isEqualTo("Chỉ tiêu thực hiện năm 2019");
            assertThat(text(sheet, 4, 10)).isEqualTo("Xuất khẩu lao động");
            assertThat(codeRow(sheet, 5)).containsExactly("A", "B", "1", "2", "3", "4", "5", "6", "7", "8", "9");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 6);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        }
    }

    @Test
    void bieu1HasNumericInputsLiveFormulasAndComputedTotals() throws IOException {
        try (XSSFWorkbook workbook = workbook("bieu-1")) {
            XSSFSheet sheet = workbook.getSheet("bieu-1");
            int camAn = rowOf(sheet, "Cam An");
            int total = rowOf(sheet, TOTAL);
            assertThat(text(sheet, camAn, 0)).isEqualTo("1");
            assertNumber(cell(sheet, camAn, "1"), 3971);
            assertThat(cell(sheet, camAn, "3").getCellFormula()).isEqualTo(ref("C", camAn) + "-" + ref("D", camAn));
            assertThat(cell(sheet, camAn, "3").getNumericCellValue()).isEqualTo(882);
            assertThat(cell(sheet, total, "2").getCellFormula()).isEqualTo("SUM(D7:D15)");
            // The print says 25.073, 1.297 and 149; the rows add up to these.
            assertThat(cell(sheet, total, "2").getNumericCellValue()).isEqualTo(25074);
            assertThat(cell(sheet, total, "6").getNumericCellValue()).isEqualTo(1296);
            assertThat(cell(sheet, total, "9").getNumericCellValue()).isEqualTo(150);
            assertThat(cell(sheet, total, "1").getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(shown(cell(sheet, total, "1"), workbook)).isEqualTo("30.389");
            assertThat(workbook.getForceFormulaRecalculation()).isTrue();
        }
    }

    @Test
    void editingAnInputUpdatesTheTotal() throws IOException {
        try (XSSFWorkbook workbook = workbook("bieu-1")) {
            XSSFSheet sheet = workbook.getSheet("bieu-1");
            XSSFCell jobs = cell(sheet, rowOf(sheet, "Cam An"), "6");
            assertThat(jobs.getNumericCellValue()).isEqualTo(215);
            jobs.setCellValue(216);
            XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            evaluator.clearAllCachedResultValues();
            XSSFCell total = cell(sheet, rowOf(sheet, TOTAL), "6");
            assertThat(evaluator.evaluate(total).getNumberValue()).isEqualTo(1297);
        }
    }

    @Test
    void bieu2HeaderSpansAndCodes() throws IOException {
        try (XSSFWorkbook workbook = workbook("bieu-2")) {
            XSSFSheet sheet = titledSheet(workbook, "bieu-2", "Biểu số 2: GIẢM NGHÈO NĂM 2019");
            assertThat(sheet.getMergedRegions()).containsExactlyInAnyOrder(
                    new CellRangeAddress(0, 0, 0, 12), new CellRangeAddress(1, 1, 0, 12),
                    new CellRangeAddress(3, 5, 0, 0), new CellRangeAddress(3, 5, 1, 1),
                    new CellRangeAddress(3, 3, 2, 4), new CellRangeAddress(3, 3, 5, 8),
                    new CellRangeAddress(3, 4, 9, 10), new CellRangeAddress(3, 4, 11, 12),
                    new CellRangeAddress(4, 5, 2, 2), new CellRangeAddress(4, 5, 3, 3),
                    new CellRangeAddress(4, 5, 4, 4), new CellRangeAddress(4, 4, 5, 6),
                    new CellRangeAddress(4, 4, 7, 8));
            assertThat(text(sheet, 3, 2)).isEqualTo("Hộ nghèo 2019");
            assertThat(text(sheet, 5, 12)).isEqualTo("Tỷ lệ (%)");
            // Cells covered by a merged region are outlined too.
            assertThat(sheet.getRow(5).getCell(0).getCellStyle().getBorderBottom().getCode()).isPositive();
            assertThat(sheet.getRow(3).getCell(0).getCellStyle().getWrapText()).isTrue();
            assertThat(codeRow(sheet, 6)).containsExactly(
                    "A", "B", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10=2-8", "11=3-9");
        }
    }

    @Test
    void bieu2RatesAreExactFormulas() throws IOException {
        try (XSSFWorkbook workbook = workbook("bieu-2")) {
            XSSFSheet sheet = workbook.getSheet("bieu-2");
            int tuyen = rowOf(sheet, "Cam Tuyền");
            assertNumber(cell(sheet, tuyen, "1"), 1411);
            XSSFCell rate = cell(sheet, tuyen, "3");
            assertThat(rate.getCellFormula()).isEqualTo("IF(C8=0,\"\",D8/C8*100)");
            assertThat(rate.getNumericCellValue()).isCloseTo(140.0 / 1411 * 100, within(1e-9));
            assertThat(halfUp(rate.getNumericCellValue())).isEqualByComparingTo("9.92");
            assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(shown(rate, workbook)).isEqualTo("9,92");
            // 11 = 3 - 9 over exact rates: 3,46, where the printed rates 4,56 - 1,11 would give 3,45.
            int thuy = rowOf(sheet, "Cam Thủy");
            XSSFCell remaining = cell(sheet, thuy, "11");
            assertThat(remaining.getCellFormula()).isEqualTo("IF(OR(" + ref("E", thuy) + "=\"\"," + ref("K", thuy)
                    + "=\"\"),\"\"," + ref("E", thuy) + "-" + ref("K", thuy) + ")");
            assertThat(remaining.getNumericCellValue()).isCloseTo(50.0 / 1446 * 100, within(1e-9));
            assertThat(halfUp(remaining.getNumericCellValue())).isEqualByComparingTo("3.46");
            assertThat(cell(sheet, thuy, "10").getNumericCellValue()).isEqualTo(50);
        }
    }

    @Test
    void bieu2TotalRateIsTheRateOfTotals() throws IOException {
        try (XSSFWorkbook workbook = workbook("bieu-2")) {
            XSSFSheet sheet = workbook.getSheet("bieu-2");
            int total = rowOf(sheet, TOTAL);
            assertThat(total).isEqualTo(16);
            assertThat(cell(sheet, total, "1").getCellFormula()).isEqualTo("SUM(C8:C16)");
            assertThat(cell(sheet, total, "1").getNumericCellValue()).isEqualTo(14653);
            XSSFCell rate = cell(sheet, total, "3");
            assertThat(rate.getCellFormula()).isEqualTo("IF(C17=0,\"\",D17/C17*100)");
            assertThat(rate.getNumericCellValue()).isCloseTo(609.0 / 14653 * 100, within(1e-9));
            assertThat(halfUp(rate.getNumericCellValue())).isEqualByComparingTo("4.16");
            assertThat(cell(sheet, total, "11").getCellFormula()).isEqualTo("IF(OR(E17=\"\",K17=\"\"),\"\",E17-K17)");
            assertThat(cell(sheet, total, "11").getNumericCellValue()).isCloseTo(527.0 / 14653 * 100, within(1e-9));
        }
    }

    @Test
    void bieu3SumsOrganisations() throws IOException {
        try (XSSFWorkbook workbook = workbook("bieu-3")) {
            XSSFSheet sheet = titledSheet(workbook, "bieu-3", "Biểu số 3: TỔNG HỢP SỐ LƯỢNG HỘ NGHÈO CÁC HỘI ĐOÀN THỂ 2019");
            assertThat(sheet.getMergedRegions()).contains(
                    new CellRangeAddress(3, 4, 0, 0), new CellRangeAddress(3, 3, 2, 7));
            assertThat(sheet.getMergedRegions()).hasSize(5);
            assertThat(codeRow(sheet, 5)).containsExactly("A", "B", "1", "2", "3", "4", "5", "6");
            int thanh = rowOf(sheet, "Xã Cam Thành");
            assertNumber(cell(sheet, thanh, "1"), 11);
            assertThat(cell(sheet, thanh, "6").getCellFormula()).isEqualTo("C11+D11+E11+F11+G11");
            assertThat(cell(sheet, thanh, "6").getNumericCellValue()).isEqualTo(14);
            int total = rowOf(sheet, TOTAL);
            assertThat(cell(sheet, total, "6").getCellFormula()).isEqualTo("C16+D16+E16+F16+G16");
            assertThat(cell(sheet, total, "6").getNumericCellValue()).isEqualTo(82);
            assertThat(cell(sheet, total, "1").getNumericCellValue()).isEqualTo(31);
        }
    }

    private XSSFWorkbook workbook(String code) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnnexWorkbook.write(tables.computed(PROGRAMME, code, AccessScope.everything()).orElseThrow(), SUBTITLE, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The table's only sheet, after checking its title and subtitle rows. */
    private static XSSFSheet titledSheet(XSSFWorkbook workbook, String code, String title) {
        assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
        XSSFSheet sheet = workbook.getSheet(code);
        assertThat(text(sheet, 0, 0)).isEqualTo(title);
        assertThat(text(sheet, 1, 0)).isEqualTo(SUBTITLE);
        return sheet;
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static List<String> codeRow(XSSFSheet sheet, int row) {
        XSSFRow codes = sheet.getRow(row);
        return IntStream.range(0, codes.getLastCellNum()).mapToObj(c -> codes.getCell(c).getStringCellValue()).toList();
    }

    /** The 0-based sheet row whose column B holds the label. */
    static int rowOf(XSSFSheet sheet, String label) {
        List<Integer> found = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFCell cell = sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(1);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
                found.add(r);
            }
        }
        assertThat(found).as("rows labelled %s", label).hasSize(1);
        return found.get(0);
    }

    /** Numbered column n sits after columns A and B. */
    static XSSFCell cell(XSSFSheet sheet, int row, String column) {
        return sheet.getRow(row).getCell(Integer.parseInt(column) + 1);
    }

    private static String ref(String column, int row) {
        return column + (row + 1);
    }

    private static void assertNumber(XSSFCell cell, double value) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(value);
    }

    private static BigDecimal halfUp(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    /** The cell as a Vietnamese Excel displays it. */
    private static String shown(XSSFCell cell, XSSFWorkbook workbook) {
        return new DataFormatter(VIETNAMESE).formatCellValue(cell, workbook.getCreationHelper().createFormulaEvaluator());
    }
}

package vn.ansinh.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Text in a CSV or a workbook stays text in Excel, whatever the separator; numbers stay numbers. */
class SpreadsheetTextTest {

    @Test
    void noFieldExcelCanSplitOutOfACsvValueStartsAsAFormulaWhateverTheSeparator() {
        for (String typed : new String[] {"x;=HYPERLINK(\"http://evil.example\";\"bấm\")", "a,+1", "b\t-2", "c\n@SUM(A1)",
                "=1+1", "\tx", "\rx", "-", "d;;=2"}) {
            String safe = SpreadsheetText.csv(typed);
            for (String separator : new String[] {";", ",", "\t", "\n", "\r"}) {
                assertThat(Arrays.stream(safe.split(separator, -1))).as(typed + " split on " + separator)
                        .noneMatch(SpreadsheetText::startsAsFormula);
            }
        }
        assertThat(SpreadsheetText.csv("Cam Lộ; Cam An, thôn 2")).isEqualTo("Cam Lộ; Cam An, thôn 2");
        assertThat(SpreadsheetText.csv("a;=b")).isEqualTo("a;'=b");
    }

    @Test
    void aWorkbookKeepsTheTextAsItWasTypedButMarksItAsText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Hộ");
            var row = sheet.createRow(0);
            SpreadsheetText.text(row.createCell(0), "=HYPERLINK(\"http://evil.example\")");
            SpreadsheetText.text(row.createCell(1), "-5 thôn 2");
            SpreadsheetText.text(row.createCell(2), "Cam Lộ");
            row.createCell(3).setCellValue(-5);
            workbook.write(out);
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var row = read.getSheetAt(0).getRow(0);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil.example\")");
            assertThat(row.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(2).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(-5);
        }
    }
}

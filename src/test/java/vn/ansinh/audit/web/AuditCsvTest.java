package vn.ansinh.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CSV fields as Excel reads them back: quoted when needed, and never taken for a formula. */
class AuditCsvTest {

    @Test
    void plainTextIsLeftAsItIs() {
        assertThat(AuditCsv.cell("Cam Lộ")).isEqualTo("Cam Lộ");
        assertThat(AuditCsv.cell("")).isEmpty();
        assertThat(AuditCsv.cell(null)).isEmpty();
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        assertThat(AuditCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(AuditCsv.cell("xã \"Cam Thành\"")).isEqualTo("\"xã \"\"Cam Thành\"\"\"");
        assertThat(AuditCsv.cell("dòng 1\ndòng 2")).isEqualTo("\"dòng 1\ndòng 2\"");
    }

    @Test
    void whatExcelWouldRunAsAFormulaStartsWithAnApostrophe() {
        assertThat(AuditCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(AuditCsv.cell("+1")).isEqualTo("'+1");
        assertThat(AuditCsv.cell("-1")).isEqualTo("'-1");
        assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void aFormulaAfterASemicolonIsNoFormulaToAnExcelThatSplitsOnSemicolons() {
        assertThat(AuditCsv.cell("x;=HYPERLINK(\"http://x\")")).isEqualTo("\"x;'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(AuditCsv.cell("a;b")).isEqualTo("\"a;b\"");
    }
}

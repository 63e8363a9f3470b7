package vn.ansinh.intake.workbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.Xlsx;

/**
 * Workbooks made by hand (see {@link HandMadeWorkbooks}) import as the seed's figures, each
 * difference they hold found: the changed figure as a change, the wrong printed ones as findings.
 * All dry runs: nothing here writes.
 */
@IntegrationTest
class HandMadeWorkbookTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    WorkbookCalls calls;

    @BeforeEach
    void calls() {
        calls = new WorkbookCalls(mvc, jdbc);
    }

    @Test
    void bieu1UnderALetterheadIsFoundByItsLabelsWithTheChangedJobsAndTheWrongTotals() throws Exception {
        String json = calls.check(1, "bieu1-tu-lam.xlsx", HandMadeWorkbooks.bieu1(Xlsx.create().sheet("Sheet1")).bytes());

        assertSucceeded(json);
        assertThat(JsonPath.<List<Map<String, Object>>>read(json, "$.sheets")).singleElement()
                .satisfies(s -> assertThat(s).containsEntry("table", "bieu-1").containsEntry("byCodes", false)
                        .containsEntry("rows", 9));
        assertThat(changes(json)).containsExactly(tuple("bieu-1", "Cam An", "6", "215", "216"));
        assertThat(counts(json)).containsEntry("unchanged", 71).containsEntry("blank", 0);
        assertThat(findings(json)).containsExactly(
                tuple("bieu-1", "Tổng cộng", "2", "25.073", "25.074", "COLUMN_TOTAL"),
                tuple("bieu-1", "Tổng cộng", "3", "5.316", "5.315", "COLUMN_TOTAL"),
                tuple("bieu-1", "Tổng cộng", "9", "149", "150", "COLUMN_TOTAL"));
        assertThat(JsonPath.<List<Object>>read(json, "$.notices")).isEmpty();
    }

    @Test
    void bieu2WithARowOfCodesInAnotherOrderFindsTheWrongRate() throws Exception {
        String json = calls.check(1, "bieu2.xlsx", HandMadeWorkbooks.bieu2(Xlsx.create().sheet("GN")).bytes());

        assertSucceeded(json);
        assertThat(JsonPath.<String>read(json, "$.sheets[0].table")).isEqualTo("bieu-2");
        assertThat(JsonPath.<Boolean>read(json, "$.sheets[0].byCodes")).isTrue();
        assertThat(changes(json)).isEmpty();
        assertThat(counts(json)).containsEntry("unchanged", 45);
        assertThat(findings(json)).containsExactly(tuple("bieu-2", "Cam Tuyền", "3", "9,29", "9,92", "FORMULA"));
    }

    @Test
    void bieu3NamedBySheetWithOneHeaderRowFindsTheWrongRowTotal() throws Exception {
        String json = calls.check(1, "bieu3.xlsx", HandMadeWorkbooks.bieu3(Xlsx.create().sheet("Biểu 3")).bytes());

        assertSucceeded(json);
        assertThat(JsonPath.<String>read(json, "$.sheets[0].table")).isEqualTo("bieu-3");
        assertThat(changes(json)).isEmpty();
        assertThat(counts(json)).containsEntry("unchanged", 45);
        assertThat(findings(json)).containsExactly(tuple("bieu-3", "Xã Cam Hiếu", "6", "12", "13", "FORMULA"));
    }

    @Test
    void oneWorkbookWithEveryTableAndANotesSheetReadsEachTableAndSaysTheNotesWereNotRead() throws Exception {
        Xlsx workbook = Xlsx.create();
        HandMadeWorkbooks.bieu1(workbook.sheet("LĐVL"));
        HandMadeWorkbooks.bieu2(workbook.sheet("GN"));
        HandMadeWorkbooks.bieu3(workbook.sheet("Biểu 3"));
        workbook.sheet("Ghi chú").row("Số liệu do các xã báo cáo ngày 15/01/2019.");

        String json = calls.check(1, "ca-nam.xlsx", workbook.bytes());

        assertSucceeded(json);
        assertThat(JsonPath.<List<String>>read(json, "$.sheets[*].table")).containsExactly("bieu-1", "bieu-2", "bieu-3");
        assertThat(changes(json)).hasSize(1);
        assertThat(findings(json)).extracting(f -> f.toList().get(0)).containsExactly("bieu-1", "bieu-1", "bieu-1",
                "bieu-2", "bieu-3");
        assertThat(JsonPath.<List<String>>read(json, "$.notices[*].code")).containsExactly("workbook.sheet.ignored");
        assertThat(JsonPath.<String>read(json, "$.notices[0].where")).isEqualTo("trang «Ghi chú»");
    }

    /** The downloaded layout without its row of codes: every column is found by the printed header alone. */
    @ParameterizedTest
    @ValueSource(strings = {"bieu-1", "bieu-2", "bieu-3"})
    void aDownloadedTableWithoutItsCodeRowIsFoundByItsHeader(String table) throws Exception {
        Xlsx workbook = Xlsx.open(calls.exported(1, table));
        int codeRow = workbook.rowOf(0, "A");
        for (int c = 0; c < 13; c++) {
            workbook.set(codeRow, c, null);
        }

        String json = calls.check(1, table + ".xlsx", workbook.bytes());

        assertSucceeded(json);
        assertThat(JsonPath.<Boolean>read(json, "$.sheets[0].byCodes")).isFalse();
        assertThat(counts(json)).containsEntry("created", 0).containsEntry("changed", 0);
        assertThat(JsonPath.<List<Object>>read(json, "$.findings")).isEmpty();
    }

    private static void assertSucceeded(String json) {
        assertThat(JsonPath.<List<String>>read(json, "$.errors[*].message")).as("errors").isEmpty();
        assertThat(JsonPath.<Boolean>read(json, "$.succeeded")).isTrue();
    }

    private static Map<String, Integer> counts(String json) {
        return JsonPath.read(json, "$.counts");
    }

    private static List<org.assertj.core.groups.Tuple> changes(String json) {
        return JsonPath.<List<Map<String, Object>>>read(json, "$.changes").stream()
                .map(c -> tuple(c.get("table"), c.get("unit"), c.get("column"), c.get("beforeText"), c.get("afterText")))
                .toList();
    }

    private static List<org.assertj.core.groups.Tuple> findings(String json) {
        return JsonPath.<List<Map<String, Object>>>read(json, "$.findings").stream()
                .map(f -> tuple(f.get("table"), f.get("row"), f.get("column"), f.get("printedText"), f.get("computedText"),
                        f.get("rule")))
                .toList();
    }
}

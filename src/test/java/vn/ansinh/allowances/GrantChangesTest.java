package vn.ansinh.allowances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.YearMonth;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import vn.ansinh.shared.AccessPurpose;
import vn.ansinh.shared.PersonalDataViews;
import vn.ansinh.support.IntegrationTest;

/**
 * Cam Hiếu's war invalid Lê Văn Tám (2,5 from January to May 2025) re-assessed to 3 from March 2025 by a new
 * decision, beside a martyr's relative (1, to December 2025) left as she was. February is paid at 2,5 × 2.789.000,
 * March at 3 × 2.789.000; a merit base of 3.000.000 from 01/02/2025 entered late owes each month at its coefficient.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:allowance_grant_changes;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GrantChangesTest extends CamHieuRegisterTest {

    @Test
    @Order(1)
    void aChangeFromMarchPaysFebruaryAtTheOldCoefficientAndMarchAtTheNew() throws Exception {
        add("WAR_INVALID", "Lê Văn Tám", "2,5", "01/2025", "05/2025");
        add("MARTYR_RELATIVE", "Nguyễn Thị Hoa", "1", "01/2020", "12/2025");
        long audited = audited();

        MvcResult changed = change(tam(), "2025-03", "3", "QĐ 45/QĐ-UBND");

        assertThat(changed.getResponse().getStatus()).isEqualTo(302);
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/allowances?unit=" + camHieu
                + "&month=2025-03#grant-" + tam());
        assertThat(lines(YearMonth.of(2025, 2))).containsExactly(
                tuple("Lê Văn Tám", new BigDecimal("2.50"), "QĐ 12/QĐ-UBND", new BigDecimal("6972500")),
                tuple("Nguyễn Thị Hoa", new BigDecimal("1.00"), "QĐ 12/QĐ-UBND", new BigDecimal("2789000")));
        assertThat(lines(YearMonth.of(2025, 3))).containsExactly(
                tuple("Lê Văn Tám", new BigDecimal("3.00"), "QĐ 45/QĐ-UBND", new BigDecimal("8367000")),
                tuple("Nguyễn Thị Hoa", new BigDecimal("1.00"), "QĐ 12/QĐ-UBND", new BigDecimal("2789000")));
        assertThat(grants.register(camHieu, YearMonth.of(2025, 3), ALL).monthlyTotal()).isEqualByComparingTo("11156000");
        assertThat(audited() - audited).as("the change, audited once").isEqualTo(1);
        assertThat(jdbc.sql("select action || ' ' || old_value || ' | ' || new_value from audit_event "
                + "where entity_type = 'allowance_grant' order by id desc").query(String.class).list().get(0))
                .startsWith("UPDATE ").contains("\"coefficient\":2.5", "\"coefficient\":3", "QĐ 45/QĐ-UBND");
    }

    /** The register shows each month's coefficient and decision, and for a changed grant its history. */
    @Test
    @Order(2)
    void theRegisterShowsTheCoefficientOfTheMonthAndTheHistory() throws Exception {
        String march = page("2025-03", null);
        String february = page("2025-02", tam());

        String history = "<li>Từ 03/2025: hệ số 2,5 → 3 (QĐ 45/QĐ-UBND)</li>";
        assertThat(march).contains(history, "<td class=\"num\">3</td>", "<span>QĐ 45/QĐ-UBND</span>",
                "id=\"grant-change-" + tam() + "\"").doesNotContain("id=\"grant-change-form\"");
        assertThat(february).contains(history, "<td class=\"num\">2,5</td>", "id=\"grant-change-form\"",
                "Sửa theo quyết định mới: Lê Văn Tám", "value=\"2,5\"", "value=\"QĐ 12/QĐ-UBND\"");
        assertThat(mvc.perform(get("/api/v1/allowances/grants").param("unit", "" + camHieu).param("month", "2025-02"))
                .andReturn().getResponse().getContentAsString()).as("the API: February's coefficient, the history")
                .contains("\"coefficient\":2.50", "\"changes\":[{\"fromMonth\":\"2025-03\",\"oldCoefficient\":2.50,"
                        + "\"newCoefficient\":3");
        assertThat(mvc.perform(get("/allowances").param("unit", "" + camHieu).param("month", "2025-03")
                .with(user(OFFICER).roles("COMMUNE_OFFICER"))).andReturn().getResponse().getContentAsString())
                .as("another commune's officer has no form").doesNotContain("Sửa theo quyết định mới");
    }

    @Test
    @Order(3)
    void wrongChangesAreSaidBesideTheirFieldsAndNothingIsWritten() throws Exception {
        long changes = jdbc.sql("select count(*) from allowance_grant_change").query(Long.class).single();
        long audited = audited();

        String before = refused(change(tam(), "12/2024", "3", "QĐ 46"));
        String after = refused(change(tam(), "2025-06", "3", "QĐ 46"));
        String zero = refused(change(tam(), "2025-04", "0", "QĐ 46"));
        String same = refused(change(tam(), "2025-04", "3,00", "QĐ 45/QĐ-UBND"));
        String twice = refused(change(tam(), "2025-03", "3,5", "QĐ 46"));
        MvcResult other = mvc.perform(post("/allowances/change").with(csrf()).with(user(OFFICER).roles("COMMUNE_OFFICER"))
                .param("grantId", "" + tam()).param("changeFrom", "2025-04").param("newCoefficient", "3,5")
                .param("newDecision", "QĐ 46")).andReturn();

        assertThat(before).contains("id=\"changeFrom-problem\">Tháng áp dụng phải từ tháng 01/2025");
        assertThat(after).contains("id=\"changeFrom-problem\">Tháng áp dụng không được sau tháng 05/2025");
        assertThat(zero).contains("id=\"newCoefficient-problem\">«0» không phải là hệ số hợp lệ");
        assertThat(same).contains("id=\"newCoefficient-problem\">Hệ số và quyết định giống như đang hưởng (QĐ 45/QĐ-UBND)");
        assertThat(twice).contains("id=\"changeFrom-problem\">Đã có một thay đổi từ tháng 03/2025", "value=\"3,5\"",
                "value=\"QĐ 46\"");
        assertThat(other.getResponse().getStatus()).isEqualTo(422);
        assertThat(other.getResponse().getContentAsString()).contains("id=\"grantId-change-problem\"");
        assertThat(jdbc.sql("select count(*) from allowance_grant_change").query(Long.class).single()).isEqualTo(changes);
        assertThat(audited()).as("nothing audited").isEqualTo(audited);
    }

    /** March's changes: Tám changed from 6.972.500 to 8.367.000, a difference of 1.394.500; nobody new or stopped. */
    @Test
    @Order(4)
    void theMonthsChangesListTheChangedGrantWithTheOldAndNewAllowance() throws Exception {
        try (var book = changes("2025-03")) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(text(sheet, 5, 1) + " | " + text(sheet, 8, 1)).isEqualTo("Cộng: 0 người | Cộng: 0 người");
            assertThat(text(sheet, 10, 0)).isEqualTo("III. Thay đổi hệ số, quyết định từ tháng này");
            assertThat(text(sheet, 11, 1) + " | " + text(sheet, 11, 5) + " | " + text(sheet, 11, 7))
                    .isEqualTo("Lê Văn Tám | QĐ 45/QĐ-UBND | Thay đổi (quyết định cũ: QĐ 12/QĐ-UBND)");
            assertThat(numbers(sheet, 11, 6, 8, 9, 10, 11)).containsExactly(3.0, 8_367_000.0, 2.5, 6_972_500.0, 1_394_500.0);
            assertThat(text(sheet, 12, 1)).isEqualTo("Cộng: 1 người");
            assertThat(numbers(sheet, 12, 8, 10, 11)).containsExactly(8_367_000.0, 6_972_500.0, 1_394_500.0);
            assertThat(text(sheet, 14, 1)).startsWith("Chênh lệch trợ cấp tháng");
            assertThat(sheet.getRow(14).getCell(8).getNumericCellValue()).isEqualTo(1_394_500);
            assertThat(text(sheet, 16, 0)).as("no line saying changes are not kept").isEmpty();
        }
        try (var book = changes("2025-02")) {
            assertThat(text(book.getSheetAt(0), 11, 1)).as("February: nobody changed").isEqualTo("Cộng: 0 người");
        }
    }

    /**
     * A merit base of 3.000.000 from 01/02/2025 entered late owes Tám February at 2,5 (7.500.000 − 6.972.500 = 527.500)
     * and March to May at 3 (9.000.000 − 8.367.000 = 633.000 each): 2.426.500.
     */
    @Test
    @Order(5)
    void arrearsOfABaseEnteredLateUseEachMonthsCoefficient() {
        AllowanceBase level = bases.add(new AllowanceBaseDraft(AllowanceScheme.MERIT, "3.000.000", "01/02/2025",
                "Nghị định thử 300"));

        ArrearsList list = grants.arrears(camHieu, level.id(), ALL).orElseThrow();
        ArrearsList.Owed owed = list.owed().stream().filter(o -> o.grant().fullName().equals("Lê Văn Tám")).findFirst()
                .orElseThrow();

        assertThat(owed.months()).extracting(AllowanceSchedule.Arrear::month, AllowanceSchedule.Arrear::paid,
                AllowanceSchedule.Arrear::due).containsExactly(
                        tuple(YearMonth.of(2025, 2), new BigDecimal("6972500"), new BigDecimal("7500000")),
                        tuple(YearMonth.of(2025, 3), new BigDecimal("8367000"), new BigDecimal("9000000")),
                        tuple(YearMonth.of(2025, 4), new BigDecimal("8367000"), new BigDecimal("9000000")),
                        tuple(YearMonth.of(2025, 5), new BigDecimal("8367000"), new BigDecimal("9000000")));
        assertThat(owed.total()).isEqualByComparingTo("2426500");
        assertThat(list.total()).as("and Hoa February to December 2025: 11 × 211.000").isEqualByComparingTo("4747500");
        assertThat(grants.register(camHieu, YearMonth.of(2025, 5), ALL).arrearsTotal()).isEqualByComparingTo("4747500");
    }

    private java.util.List<org.assertj.core.groups.Tuple> lines(YearMonth month) {
        return grants.register(camHieu, month, ALL).lines().stream().map(l -> tuple(l.grant().fullName(),
                l.grant().coefficient(), l.grant().decision(), l.monthly())).toList();
    }

    private long tam() {
        return jdbc.sql("select id from allowance_grant where unit_id = :unit and full_name = 'Lê Văn Tám'")
                .param("unit", camHieu).query(Long.class).single();
    }

    private String page(String month, Long change) throws Exception {
        var request = get("/allowances").param("unit", "" + camHieu).param("month", month);
        return HtmlUtils.htmlUnescape(mvc.perform(change == null ? request : request.param("change", "" + change))
                .andReturn().getResponse().getContentAsString());
    }

    private static String refused(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
    }

    private XSSFWorkbook changes(String month) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(mvc.perform(get("/allowances/changes.xlsx")
                .param("unit", "" + camHieu).param("month", month)
                .sessionAttr(PersonalDataViews.PURPOSE, AccessPurpose.BENEFIT_PAYMENT)).andReturn().getResponse()
                .getContentAsByteArray()));
    }

    private static String text(Sheet sheet, int row, int cell) {
        var r = sheet.getRow(row);
        return r == null || r.getCell(cell) == null ? "" : r.getCell(cell).getStringCellValue();
    }

    private static java.util.List<Double> numbers(Sheet sheet, int row, int... cells) {
        return java.util.Arrays.stream(cells).mapToObj(c -> sheet.getRow(row).getCell(c).getNumericCellValue()).toList();
    }

    private MvcResult change(long grant, String from, String coefficient, String decision) throws Exception {
        return mvc.perform(post("/allowances/change").with(csrf()).param("grantId", "" + grant).param("unitId", "" + camHieu)
                .param("month", "2025-03").param("changeFrom", from).param("newCoefficient", coefficient)
                .param("newDecision", decision)).andReturn();
    }

    private void add(String group, String name, String coefficient, String first, String last) throws Exception {
        assertThat(mvc.perform(post("/allowances").with(csrf()).param("unitId", "" + camHieu).param("group", group)
                .param("fullName", name).param("birthDate", "").param("decision", "QĐ 12/QĐ-UBND")
                .param("coefficient", coefficient).param("firstMonth", first).param("lastMonth", last)).andReturn()
                .getResponse().getStatus()).isEqualTo(302);
    }
}

package vn.ansinh.allowances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.YearMonth;

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
 * Cam Hiếu's register of monthly allowances: a martyr's relative (coefficient 1), a war invalid (2,5, paid to July
 * 2024) and a person with a severe disability (social assistance, 2, from July 2024 to March 2025). Each month is the
 * level in force on its first day × the coefficient; a social assistance level of 540.000 đ entered late from
 * 01/01/2025 owes the person with a disability January to March 2025 at the old level.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:allowance_grants;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GrantsTest extends CamHieuRegisterTest {

    @Test
    @Order(1)
    void threeGrantsEnteredOnThePageComeToTheLevelsOfEachMonth() throws Exception {
        assertThat(add("MARTYR_RELATIVE", "Nguyễn Thị Hoa", "1950-03-05", "1", "2020-01", "").getResponse().getStatus())
                .isEqualTo(302);
        add("WAR_INVALID", "Lê Văn Tám", "05/05/1955", "2,5", "01/2024", "07/2024");
        add("SEVERE_DISABILITY", "Trần Văn Bình", "", "2", "2024-07", "03/2025");

        Register june = grants.register(camHieu, YearMonth.of(2024, 6), ALL);
        Register july = grants.register(camHieu, YearMonth.of(2024, 7), ALL);
        Register august = grants.register(camHieu, YearMonth.of(2024, 8), ALL);

        assertThat(june.lines()).extracting(l -> l.grant().fullName(), Register.Line::monthly).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Lê Văn Tám", new BigDecimal("5137500")),
                org.assertj.core.groups.Tuple.tuple("Nguyễn Thị Hoa", new BigDecimal("2055000")),
                org.assertj.core.groups.Tuple.tuple("Trần Văn Bình", BigDecimal.ZERO));
        assertThat(june.monthlyTotal()).isEqualByComparingTo("7192500");
        assertThat(june.paid()).isEqualTo(2);
        assertThat(july.monthlyTotal()).as("6.972.500 + 2.789.000 + 2 × 500.000").isEqualByComparingTo("10761500");
        assertThat(august.monthlyTotal()).as("the invalid's grant ended in July").isEqualByComparingTo("3789000");
        assertThat(july.arrearsTotal()).isEqualByComparingTo("0");
        assertThat(mvc.perform(get("/allowances").param("unit", "" + camHieu).param("month", "2024-07")).andReturn()
                .getResponse().getContentAsString()).contains("id=\"grant-monthly-total\">10.761.500<",
                "3 người trong danh sách, 3 người hưởng trong tháng", "Thân nhân liệt sĩ", "id=\"grant-form\"");
    }

    @Test
    @Order(2)
    void aLevelEnteredLateOwesTheMonthsPaidAtTheOldLevel() {
        bases.add(new AllowanceBaseDraft(AllowanceScheme.SOCIAL_ASSISTANCE, "540.000", "01/01/2025", "Nghị định thử"));

        Register march = grants.register(camHieu, YearMonth.of(2025, 3), ALL);

        assertThat(march.lines()).extracting(l -> l.grant().fullName(), Register.Line::monthly, Register.Line::arrears)
                .contains(org.assertj.core.groups.Tuple.tuple("Trần Văn Bình", new BigDecimal("1080000"),
                        new BigDecimal("240000")));
        assertThat(march.arrearsTotal()).as("3 months × 2 × 40.000; the merit grants owe nothing").isEqualByComparingTo("240000");
    }

    @Test
    @Order(3)
    void theRegisterReadsInVietnameseOrder() throws Exception {
        add("OTHER_MERIT", "Đặng Thị Ơn", "", "1", "2030-01", "");

        assertThat(grants.register(camHieu, YearMonth.of(2025, 3), ALL).lines()).extracting(l -> l.grant().fullName())
                .containsExactly("Đặng Thị Ơn", "Lê Văn Tám", "Nguyễn Thị Hoa", "Trần Văn Bình");
    }

    @Test
    @Order(4)
    void wrongValuesAreSaidBesideTheirFieldsAndAnotherCommunesOfficerMayNotEnter() throws Exception {
        long before = grantsCount();

        MvcResult wrong = add("WAR_INVALID", "", "31/06/1950", "0", "13/2024", "01/2020");
        String page = HtmlUtils.htmlUnescape(wrong.getResponse().getContentAsString());
        MvcResult other = mvc.perform(post("/allowances").with(csrf()).with(user(OFFICER).roles("COMMUNE_OFFICER"))
                .param("unitId", "" + camHieu).param("group", "HEROIC_MOTHER").param("fullName", "Hồ Thị Mẹ")
                .param("decision", "QĐ 1").param("coefficient", "1").param("firstMonth", "2024-01")).andReturn();

        assertThat(wrong.getResponse().getStatus()).isEqualTo(422);
        assertThat(page).contains("id=\"fullName-problem\">", "id=\"birthDate-problem\">",
                "id=\"coefficient-problem\">«0» không phải là hệ số hợp lệ",
                "id=\"firstMonth-problem\">«13/2024» không phải là một tháng", "value=\"13/2024\"");
        assertThat(other.getResponse().getStatus()).isEqualTo(422);
        assertThat(other.getResponse().getContentAsString()).contains("id=\"unitId-problem\"");
        assertThat(grantsCount()).as("nothing written").isEqualTo(before);
        assertThat(mvc.perform(get("/allowances").param("unit", "" + camHieu).with(user(OFFICER).roles("COMMUNE_OFFICER")))
                .andReturn().getResponse().getContentAsString()).as("another commune's register is not theirs to read")
                .doesNotContain("Nguyễn Thị Hoa", "id=\"grant-form\"");
    }

    /** A group that tells the person's health is personal data: shown once the user says why, and logged. */
    @Test
    @Order(5)
    void aHealthRelatedGroupIsShownOnlyForAPurposeAndTheViewIsLogged() throws Exception {
        String masked = "Bảo trợ xã hội (đã ẩn: dữ liệu sức khỏe)";
        long logged = accessLog();

        String without = mvc.perform(get("/allowances").param("unit", "" + camHieu).param("month", "2024-07")).andReturn()
                .getResponse().getContentAsString();
        String with = mvc.perform(get("/allowances").param("unit", "" + camHieu).param("month", "2024-07")
                .sessionAttr(PersonalDataViews.PURPOSE, AccessPurpose.BENEFIT_PAYMENT)).andReturn().getResponse()
                .getContentAsString();

        assertThat(without).contains(masked, "id=\"purpose-form\"", "Thân nhân liệt sĩ");
        assertThat(with).doesNotContain(masked).contains("<td>Người khuyết tật nặng, đặc biệt nặng</td>");
        assertThat(accessLog() - logged).as("the view with its purpose, not the masked one").isEqualTo(1);
        assertThat(jdbc.sql("select action || ' ' || purpose || ' ' || unit_id from personal_data_access order by id desc")
                .query(String.class).list().get(0)).isEqualTo("ALLOWANCE_REGISTER BENEFIT_PAYMENT " + camHieu);
    }

    /** The month's payment list: whoever is paid or owed, what each receives, the totals, marked as personal data. */
    @Test
    @Order(6)
    void thePaymentListOfAMonthIsAWorkbookWithItsTotals() throws Exception {
        var answer = mvc.perform(get("/allowances/payments.xlsx").param("unit", "" + camHieu).param("month", "2025-03")
                .sessionAttr(PersonalDataViews.PURPOSE, AccessPurpose.BENEFIT_PAYMENT)).andReturn().getResponse();
        var unsaid = mvc.perform(get("/allowances/payments.xlsx").param("unit", "" + camHieu).param("month", "2025-03"))
                .andReturn().getResponse();
        var other = mvc.perform(get("/allowances/payments.xlsx").param("unit", "" + camHieu).param("month", "2025-03")
                .with(user(OFFICER).roles("COMMUNE_OFFICER"))).andReturn().getResponse();

        assertThat(answer.getHeader("Content-Disposition")).contains("chi-tra-tro-cap-19615-2025-03.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                answer.getContentAsByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Tháng 03/2025 – Xã Cam Hiếu");
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).as("Tám's grant ended in July 2024; Ơn's begins in 2030")
                    .isEqualTo("Nguyễn Thị Hoa");
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("Trần Văn Bình");
            assertThat(sheet.getRow(5).getCell(3).getStringCellValue()).isEqualTo("Người khuyết tật nặng, đặc biệt nặng");
            assertThat(sheet.getRow(5).getCell(8).getNumericCellValue()).as("1.080.000 + 240.000 arrears").isEqualTo(1_320_000);
            assertThat(sheet.getRow(6).getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(sheet.getRow(6).getCell(6).getNumericCellValue()).as("2.789.000 + 1.080.000").isEqualTo(3_869_000);
            assertThat(workbook.getProperties().getCoreProperties().getDescription()).contains("quantri-test");
        }
        assertThat(unsaid.getRedirectedUrl()).startsWith("/personal-data/purpose");
        assertThat(other.getStatus()).isEqualTo(404);
    }

    private long accessLog() {
        return jdbc.sql("select count(*) from personal_data_access").query(Long.class).single();
    }

    private long grantsCount() {
        return jdbc.sql("select count(*) from allowance_grant").query(Long.class).single();
    }

    private MvcResult add(String group, String name, String born, String coefficient, String first, String last)
            throws Exception {
        return mvc.perform(post("/allowances").with(csrf()).param("unitId", "" + camHieu).param("group", group)
                .param("fullName", name).param("birthDate", born).param("decision", "QĐ 12/QĐ-UBND")
                .param("coefficient", coefficient).param("firstMonth", first).param("lastMonth", last)).andReturn();
    }
}

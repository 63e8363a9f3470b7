package vn.ansinh.allowances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdRegistry;
import vn.ansinh.households.Member;
import vn.ansinh.households.Sex;
import vn.ansinh.poverty.Area;
import vn.ansinh.shared.AccessPurpose;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.PersonalDataViews;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.units.Units;

/**
 * Cam Tuyền's register linked to its household registry: a war invalid of household TC-01 named by its code, a martyr's
 * relative (paid January to June 2024) linked to TC-02 by her citizen ID, a person with a severe disability of TC-01
 * (social assistance, not merit), who dies in August 2024; a list adds two more from July 2024; the month's changes
 * and the arrears of a level entered late as workbooks. Its own database: the seed's registers stay as they are.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:allowance_lists;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GrantListsTest {

    static final AccessScope ALL = AccessScope.everything();
    static final String OFFICER = "canbo.tc.camnghia";

    @Autowired
    MockMvc mvc;
    @Autowired
    Grants grants;
    @Autowired
    HouseholdRegistry registry;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AllowanceBases bases;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JsonMapper json;

    long camTuyen;
    long camNghia;

    @BeforeEach
    void communes() {
        camTuyen = units.byCode("QT.CL.TUYEN").orElseThrow().id();
        camNghia = units.byCode("QT.CL.NGHIA").orElseThrow().id();
        TestAccounts.ensure(accounts, OFFICER, Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camNghia)));
    }

    @Test
    @Order(1)
    void aGrantNamesItsHouseholdByCodeOrByTheCitizenIdOfAMember() throws Exception {
        long tc01 = household("TC-01", "Nguyễn Văn Công", Sex.M, LocalDate.of(1955, 5, 5), "045055001234");
        long tc02 = household("TC-02", "Lê Thị Bảo", Sex.F, LocalDate.of(1980, 2, 2), "045180009876");
        long audited = audited();

        MvcResult invalid = add("WAR_INVALID", "Nguyễn Văn Công", "05/05/1955", "2024-01", "", "045 055 001 234", "tc-01");
        add("MARTYR_RELATIVE", "Lê Thị Bảo", "02/02/1980", "2024-01", "2024-06", "045180009876", "");
        add("SEVERE_DISABILITY", "Trần Thị Cúc", "", "2024-01", "", "", "TC-01");

        assertThat(invalid.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select full_name || ' ' || household_id || ' ' || coalesce(citizen_id, '-') from allowance_grant "
                + "where unit_id = :unit order by id").param("unit", camTuyen).query(String.class).list()).containsExactly(
                        "Nguyễn Văn Công " + tc01 + " 045055001234", "Lê Thị Bảo " + tc02 + " 045180009876",
                        "Trần Thị Cúc " + tc01 + " -");
        assertThat(audited() - audited).as("each grant added is audited").isEqualTo(3);
        assertThat(grants.meritHouseholds(List.of(camTuyen, camNghia), LocalDate.of(2024, 3, 15)))
                .isEqualTo(Map.of(camTuyen, Set.of(tc01, tc02), camNghia, Set.of()));
        assertThat(grants.meritHouseholds(List.of(camTuyen), LocalDate.of(2024, 7, 1)))
                .as("the relative's grant ended in June; the disability grant is social assistance")
                .isEqualTo(Map.of(camTuyen, Set.of(tc01)));
    }

    @Test
    @Order(2)
    void aWrongCitizenIdOrAnUnknownHouseholdIsSaidBesideItsField() throws Exception {
        long before = jdbc.sql("select count(*) from allowance_grant").query(Long.class).single();

        String century = page(add("OTHER_MERIT", "Hồ Văn Dũng", "01/01/1955", "2024-01", "", "045455001234", "KHONG-CO"));
        String province = page(add("OTHER_MERIT", "Hồ Văn Dũng", "", "2024-01", "", "999055001234", ""));
        String year = page(add("OTHER_MERIT", "Hồ Văn Dũng", "01/01/1956", "2024-01", "", "045055001234", ""));
        String digits = page(add("OTHER_MERIT", "Hồ Văn Dũng", "", "2024-01", "", "04505500123", ""));

        assertThat(century).contains("id=\"citizenId-problem\">«045455001234»: chữ số thứ tư",
                "id=\"householdCode-problem\">Không có hộ mã «KHONG-CO» trong sổ hộ của xã.", "value=\"KHONG-CO\"");
        assertThat(province).contains("«999055001234»: ba chữ số đầu không phải mã tỉnh");
        assertThat(year).contains("«045055001234»: năm sinh trong số CCCD khác năm của ngày sinh.");
        assertThat(digits).contains("«04505500123» không phải số CCCD (12 chữ số).");
        assertThat(jdbc.sql("select count(*) from allowance_grant").query(Long.class).single()).isEqualTo(before);
    }

    /** A citizen ID is personal data: masked until the user says why, and the view with it logged. */
    @Test
    @Order(3)
    void theCitizenIdIsMaskedUntilAPurposeIsSaid() throws Exception {
        String masked = mvc.perform(get("/allowances").param("unit", "" + camTuyen).param("month", "2024-03")).andReturn()
                .getResponse().getContentAsString();
        String shown = mvc.perform(get("/allowances").param("unit", "" + camTuyen).param("month", "2024-03")
                .sessionAttr(PersonalDataViews.PURPOSE, AccessPurpose.BENEFIT_PAYMENT)).andReturn().getResponse()
                .getContentAsString();

        assertThat(masked).contains("********1234", "********9876").doesNotContain("045055001234");
        assertThat(shown).contains(">045055001234<", ">045180009876<", "/registry/households/");
        assertThat(jdbc.sql("select citizen_ids from personal_data_access order by id desc").query(String.class).list()
                .get(0)).contains("045055001234", "045180009876");
        assertThat(grants.register(camTuyen, YearMonth.of(2024, 3), ALL.withoutPersonalData()).lines())
                .extracting(l -> l.grant().citizenId()).containsExactlyInAnyOrder("********1234", "********9876", null);
    }

    /** A death ends a social assistance grant with funeral support: 20 × the base of the month of death. */
    @Test
    @Order(4)
    void aGrantEndedByDeathShowsItsFuneralSupport() throws Exception {
        long audited = audited();
        long cuc = grantId("Trần Thị Cúc");

        MvcResult ended = end(cuc, "2024-08", "DEATH");
        MvcResult again = end(cuc, "2024-09", "MOVED");
        MvcResult before = end(grantId("Nguyễn Văn Công"), "12/2023", "MOVED");

        assertThat(ended.getResponse().getStatus()).isEqualTo(302);
        assertThat(page(again)).contains("id=\"grantId-problem\">Trần Thị Cúc đã thôi hưởng.");
        assertThat(page(before)).contains("id=\"endMonth-problem\">Tháng cuối phải từ tháng 01/2024 trở đi.");
        assertThat(audited() - audited).as("the end, not the refusals").isEqualTo(1);
        Register september = grants.register(camTuyen, YearMonth.of(2024, 9), ALL);
        assertThat(september.lines()).extracting(l -> l.grant().fullName(), Register.Line::monthly, Register.Line::funeral)
                .contains(tuple("Trần Thị Cúc", BigDecimal.ZERO, new BigDecimal("10000000")),
                        tuple("Nguyễn Văn Công", new BigDecimal("2789000"), null));
        assertThat(mvc.perform(get("/allowances").param("unit", "" + camTuyen).param("month", "2024-09")).andReturn()
                .getResponse().getContentAsString()).contains("data-field=\"funeral\">10.000.000<", "Đã chết");
    }

    /** A list is checked whole: every error by sheet, row, column and field, and nothing written with any. */
    @Test
    @Order(5)
    void aListWithErrorsSaysEachAndWritesNothing() throws Exception {
        long before = count();
        byte[] xlsx = xlsx(List.of(HEADER, DUC, EN,
                List.of("Cam Xa", "Không rõ", "Hồ Văn Dũng", "", "", "", "QĐ 79", "0", "13/2024", ""),
                List.of("Cam Tuyền", "Thân nhân liệt sĩ", "Võ Thị Én", "", "", "", "QĐ 78", "1", "07/2024", ""),
                List.of("Cam Tuyền", "WAR_INVALID", "Nguyễn Văn Công", "05/05/1955", "", "", "QĐ 45", "1", "01/2024", "")));

        var answer = mvc.perform(multipart("/api/v1/allowances/imports").file(new MockMultipartFile("file",
                "tro-cap.xlsx", null, xlsx)).param("dryRun", "false")).andReturn().getResponse();
        String page = HtmlUtils.htmlUnescape(mvc.perform(multipart("/allowances/import").file(new MockMultipartFile(
                "file", "tro-cap.xlsx", null, xlsx)).with(csrf()).param("dryRun", "false")).andReturn().getResponse()
                .getContentAsString());

        assertThat(answer.getStatus()).isEqualTo(422);
        assertThat(json.readTree(answer.getContentAsString()).get("errors").valueStream()
                .map(e -> e.get("sheet").asString() + " " + e.get("row").asInt() + " " + e.get("column").asString() + " "
                        + e.get("field").asString()).toList()).containsExactly("Trợ cấp 4 Xã unitId",
                                "Trợ cấp 4 Đối tượng group", "Trợ cấp 4 Hệ số coefficient",
                                "Trợ cấp 4 Hưởng từ tháng firstMonth", "Trợ cấp 5 Họ tên fullName",
                                "Trợ cấp 6 Họ tên fullName");
        assertThat(page).contains("trang «Trợ cấp», dòng 4, cột «Xã»", "không có xã «Cam Xa»",
                "«Không rõ» không phải một đối tượng hưởng trợ cấp", "người này đã có ở dòng 3",
                "Nguyễn Văn Công đã có trong danh sách trợ cấp của xã", "không có gì được ghi");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @Order(6)
    void aCleanListIsCheckedThenImportedEachGrantAudited() throws Exception {
        long before = count();
        long audited = audited();
        String csv = String.join("\n", String.join(";", HEADER), String.join(";", DUC), String.join(";", EN));

        var dry = mvc.perform(multipart("/api/v1/allowances/imports").file(new MockMultipartFile("file", "tro-cap.csv",
                null, csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).andReturn().getResponse();
        assertThat(count()).as("a dry run writes nothing").isEqualTo(before);
        String page = mvc.perform(multipart("/allowances/import").file(new MockMultipartFile("file", "tro-cap.csv", null,
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))).with(csrf()).param("dryRun", "false")).andReturn()
                .getResponse().getContentAsString();

        assertThat(json.readTree(dry.getContentAsString()).get("created").asInt()).isEqualTo(2);
        assertThat(page).contains("Người hưởng mới: 2.");
        assertThat(count() - before).isEqualTo(2);
        assertThat(audited() - audited).isEqualTo(2);
        assertThat(grants.register(camTuyen, YearMonth.of(2024, 7), ALL).lines()).extracting(l -> l.grant().fullName(),
                l -> l.grant().coefficient(), l -> l.grant().householdId() != null, Register.Line::monthly).contains(
                        tuple("Phan Văn Đức", new BigDecimal("1.50"), false, new BigDecimal("750000")),
                        tuple("Võ Thị Én", new BigDecimal("1.00"), true, new BigDecimal("2789000")));
        assertThat(mvc.perform(get("/allowances/import/template.xlsx")).andReturn().getResponse()
                .getHeader("Content-Disposition")).contains("mau-danh-sach-tro-cap.xlsx");
    }

    /** July 2024: Đức (750.000) and Én (2.789.000) are new; Bảo, paid to June (2.055.000), stopped. */
    @Test
    @Order(7)
    void theMonthsChangesAreAWorkbookWithTheirTotals() throws Exception {
        var answer = mvc.perform(get("/allowances/changes.xlsx").param("unit", "" + camTuyen).param("month", "2024-07")
                .sessionAttr(PersonalDataViews.PURPOSE, AccessPurpose.BENEFIT_PAYMENT)).andReturn().getResponse();
        var unsaid = mvc.perform(get("/allowances/changes.xlsx").param("unit", "" + camTuyen).param("month", "2024-07"))
                .andReturn().getResponse();

        assertThat(answer.getHeader("Content-Disposition")).contains("bien-dong-tro-cap-19600-2024-07.xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.getContentAsByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(text(sheet, 5, 1) + " " + text(sheet, 6, 1)).isEqualTo("Phan Văn Đức Võ Thị Én");
            assertThat(sheet.getRow(7).getCell(8).getNumericCellValue()).isEqualTo(3_539_000);
            assertThat(text(sheet, 10, 1) + " " + text(sheet, 10, 4) + " " + text(sheet, 10, 7))
                    .isEqualTo("Lê Thị Bảo 045180009876 Thôi hưởng");
            assertThat(sheet.getRow(11).getCell(8).getNumericCellValue()).isEqualTo(2_055_000);
            assertThat(text(sheet, 13, 0) + " | " + text(sheet, 14, 1)).as("no grant changed in July")
                    .isEqualTo("III. Thay đổi hệ số, quyết định từ tháng này | Cộng: 0 người");
            assertThat(sheet.getRow(16).getCell(8).getNumericCellValue()).as("3.539.000 − 2.055.000").isEqualTo(1_484_000);
            assertThat(workbook.getProperties().getCoreProperties().getDescription()).contains("quantri-test");
        }
        assertThat(unsaid.getRedirectedUrl()).startsWith("/personal-data/purpose");
    }

    /**
     * A social assistance level of 540.000 đ from 01/08/2024 entered late owes Đức (1,5, to December 2024) five months
     * of 60.000 and Cúc (1, died in August) one of 40.000; her funeral support follows the level of August.
     */
    @Test
    @Order(8)
    void theArrearsOfALevelEnteredLateAreAWorkbookWithTheirTotals() throws Exception {
        AllowanceBase level = bases.add(new AllowanceBaseDraft(AllowanceScheme.SOCIAL_ASSISTANCE, "540.000", "01/08/2024",
                "Quyết định thử 540"));

        var answer = mvc.perform(get("/allowances/arrears.xlsx").param("unit", "" + camTuyen).param("base", "" + level.id())
                .sessionAttr(PersonalDataViews.PURPOSE, AccessPurpose.BENEFIT_PAYMENT)).andReturn().getResponse();
        var inTime = mvc.perform(get("/allowances/arrears.xlsx").param("unit", "" + camTuyen).param("base",
                "" + bases.all().get(0).id()).sessionAttr(PersonalDataViews.PURPOSE, AccessPurpose.BENEFIT_PAYMENT))
                .andReturn().getResponse();

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.getContentAsByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(text(sheet, 1, 0)).isEqualTo("Quyết định thử 540 – Xã Cam Tuyền");
            assertThat(text(sheet, 4, 1) + " | " + text(sheet, 4, 6)).isEqualTo(
                    "Phan Văn Đức | 08/2024, 09/2024, 10/2024, 11/2024, 12/2024");
            assertThat(sheet.getRow(4).getCell(8).getNumericCellValue()).isEqualTo(750_000);
            assertThat(sheet.getRow(4).getCell(9).getNumericCellValue()).isEqualTo(810_000);
            assertThat(sheet.getRow(4).getCell(10).getNumericCellValue()).isEqualTo(300_000);
            assertThat(text(sheet, 5, 1) + " " + sheet.getRow(5).getCell(10).getNumericCellValue()).isEqualTo("Trần Thị Cúc 40000.0");
            assertThat(sheet.getRow(6).getCell(7).getNumericCellValue()).isEqualTo(6);
            assertThat(sheet.getRow(6).getCell(10).getNumericCellValue()).isEqualTo(340_000);
        }
        assertThat(inTime.getStatus()).as("a level entered in time owes nothing").isEqualTo(404);
        assertThat(grants.register(camTuyen, YearMonth.of(2024, 9), ALL).lines()).filteredOn(l -> l.funeral() != null)
                .extracting(Register.Line::funeral).containsExactly(new BigDecimal("10800000"));
    }

    /** The API answers as the page shows: citizen IDs and health groups masked without a purpose, logged with one. */
    @Test
    @Order(9)
    void theApiGivesTheRegisterMaskedUntilAPurposeIsNamed() throws Exception {
        var masked = json.readTree(mvc.perform(get("/api/v1/allowances/grants").param("unit", "" + camTuyen)
                .param("month", "2024-09")).andReturn().getResponse().getContentAsString());
        var full = json.readTree(mvc.perform(get("/api/v1/allowances/grants").param("unit", "" + camTuyen)
                .param("month", "2024-09").param("purpose", "BENEFIT_PAYMENT")).andReturn().getResponse()
                .getContentAsString());
        int outside = mvc.perform(get("/api/v1/allowances/grants").param("unit", "" + camTuyen).param("month", "2024-09")
                .with(user(OFFICER).roles("COMMUNE_OFFICER"))).andReturn().getResponse().getStatus();

        assertThat(masked.valueStream().map(g -> g.get("fullName").asString() + " " + g.get("citizenId").asString("-")
                + " " + g.get("group").asString("-") + " " + g.get("funeral").asString("-")).toList()).containsExactly(
                        "Lê Thị Bảo ********9876 MARTYR_RELATIVE -", "Nguyễn Văn Công ********1234 WAR_INVALID -",
                        "Phan Văn Đức ********1111 ELDERLY_80 -", "Trần Thị Cúc - - 10800000",
                        "Võ Thị Én - MARTYR_RELATIVE -");
        assertThat(full.get(1).get("citizenId").asString()).isEqualTo("045055001234");
        assertThat(full.get(3).get("group").asString()).isEqualTo("SEVERE_DISABILITY");
        assertThat(full.get(3).get("endReason").asString()).isEqualTo("DEATH");
        assertThat(outside).isEqualTo(404);
    }

    static final List<String> HEADER = List.of("Xã", "Đối tượng", "Họ tên", "Ngày sinh", "Số CCCD", "Mã hộ",
            "Quyết định", "Hệ số", "Hưởng từ tháng", "Đến hết tháng");
    static final List<String> DUC = List.of("Cam Tuyền", "Người từ 80 tuổi không có lương hưu, trợ cấp", "Phan Văn Đức",
            "01/03/1940", "045040001111", "", "QĐ 77/QĐ-UBND", "1.5", "2024-07-01", "12/2024");
    static final List<String> EN = List.of("cam tuyền", "Thân nhân liệt sĩ", "Võ Thị Én", "", "", "TC-02",
            "QĐ 78/QĐ-UBND", "1", "07/2024", "");

    static byte[] xlsx(List<List<String>> rows) throws Exception {
        try (var workbook = new XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Trợ cấp");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static String text(org.apache.poi.ss.usermodel.Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    long grantId(String name) {
        return jdbc.sql("select id from allowance_grant where full_name = :name").param("name", name).query(Long.class)
                .single();
    }

    long count() {
        return jdbc.sql("select count(*) from allowance_grant").query(Long.class).single();
    }

    MvcResult end(long grant, String month, String reason) throws Exception {
        return mvc.perform(post("/allowances/end").with(csrf()).param("unitId", "" + camTuyen).param("grantId", "" + grant)
                .param("endMonth", month).param("endReason", reason)).andReturn();
    }

    long household(String code, String head, Sex sex, LocalDate born, String citizenId) {
        return registry.register(new Household(null, camTuyen, code, "Thôn Tân Mỹ", head, null, "Kinh", null, Area.RURAL,
                List.of(new Member(head, sex, born, "Chủ hộ", citizenId, false, true, null, null))), ALL).id();
    }

    long audited() {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'allowance_grant'").query(Long.class).single();
    }

    static String page(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
    }

    MvcResult add(String group, String name, String born, String first, String last, String citizenId, String household)
            throws Exception {
        return mvc.perform(post("/allowances").with(csrf()).param("unitId", "" + camTuyen).param("group", group)
                .param("fullName", name).param("birthDate", born).param("decision", "QĐ 45/QĐ-UBND")
                .param("coefficient", "1").param("firstMonth", first).param("lastMonth", last)
                .param("citizenId", citizenId).param("householdCode", household)).andReturn();
    }
}

package vn.ansinh.gratitude;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdRegistry;
import vn.ansinh.households.Member;
import vn.ansinh.households.Sex;
import vn.ansinh.partners.OrganisationKind;
import vn.ansinh.partners.PartnerOrganisation;
import vn.ansinh.partners.Partners;
import vn.ansinh.poverty.Area;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Dates;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.UnitKind;
import vn.ansinh.units.Units;

/**
 * Xã Nhớ Nguồn's fund of 2025 from a workbook: the veterans' association (Hội CCB) gives 5.000.000 đ in July, Bà Lê
 * Thị Thảo 2.500.000 đ in August (a date cell, as Excel keeps «08/2025») and its branch of Thôn Đông 1.200.000 đ in
 * December; a house built for 60.000.000 đ for household GI-01, handed over on 20/07/2025, and one repaired for
 * 25.500.000 đ on 15/03/2025. Xã Uống Nước's officer may not import into it. Its own database.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:gratitude_lists;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GratitudeListsTest {

    static final String OFFICER = "canbo.gi.uongnuoc";
    static final List<String> CONTRIBUTION_HEADER = List.of("Xã", "Tổ chức", "Người/đơn vị đóng góp", "Tháng",
            "Số tiền (đồng)");
    static final List<String> HOUSE_HEADER = List.of("Xã", "Loại", "Chủ hộ", "Thôn", "Mã hộ", "Kinh phí (đồng)",
            "Nguồn kinh phí", "Ngày bàn giao");
    static final List<List<String>> CONTRIBUTIONS = List.of(CONTRIBUTION_HEADER,
            List.of("Nhớ Nguồn", "Hội CCB", "", "07/2025", "5.000.000"),
            List.of("xã nhớ nguồn", "", "Bà Lê Thị Thảo", "2025-08-01", "2500000"),
            List.of("Xã Nhớ Nguồn", "test.gi.nn.ccb", "Chi hội thôn Đông", "12/2025", "1.200.000"));
    static final List<List<String>> HOUSES = List.of(HOUSE_HEADER,
            List.of("Nhớ Nguồn", "Xây mới", "Hồ Văn Nhớ", "Thôn Đông", "gi-01", "60.000.000", "Quỹ huyện", "20/07/2025"),
            List.of("Nhớ Nguồn", "Sửa chữa", "Trần Thị Nguồn", "Thôn Tây", "", "25500000", "Hội CCB", "2025-03-15"));

    /** The houses once more, handed over on other days: not the ones the register holds by then. */
    static final List<List<String>> NEW_HOUSES = HOUSES.stream().map(row -> row.equals(HOUSE_HEADER) ? row
            : java.util.stream.Stream.concat(row.subList(0, 7).stream(), java.util.stream.Stream.of("02/09/2025")).toList())
            .toList();

    @Autowired
    MockMvc mvc;
    @Autowired
    GratitudeFund fund;
    @Autowired
    Units units;
    @Autowired
    Partners partners;
    @Autowired
    UserAccounts accounts;
    @Autowired
    HouseholdRegistry households;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    Clock clock;

    long nhoNguon;
    long veterans;
    long household;

    @BeforeEach
    void communes() {
        nhoNguon = commune("TEST.GI.NN", "Xã Nhớ Nguồn");
        long uongNuoc = commune("TEST.GI.UN", "Xã Uống Nước");
        veterans = partners.byCode("TEST.GI.NN.CCB").map(PartnerOrganisation::id).orElseGet(() -> partners.add(
                PartnerOrganisation.create(nhoNguon, null, OrganisationKind.VETERANS_ASSOCIATION, "TEST.GI.NN.CCB",
                        "Hội Cựu chiến binh xã Nhớ Nguồn", "Hội CCB")).id());
        TestAccounts.ensure(accounts, OFFICER, Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, uongNuoc)));
        household = jdbc.sql("select id from household where code = 'GI-01' and unit_id = :unit").param("unit", nhoNguon)
                .query(Long.class).optional().orElseGet(() -> households.register(new Household(null, nhoNguon, "GI-01",
                        "Thôn Đông", "Hồ Văn Nhớ", null, null, null, Area.RURAL, List.of(new Member("Hồ Văn Nhớ", Sex.M,
                                null, "Chủ hộ", null, false, false, null, null))), AccessScope.everything()).id());
    }

    @Test
    @Order(1)
    void aDryRunListsWhatItWouldWriteAndWritesNothing() throws Exception {
        Map<String, Long> before = counts();

        JsonNode dry = json.readTree(send("/api/v1/gratitude/imports", workbook(CONTRIBUTIONS, HOUSES), "true")
                .getContentAsString());
        String page = HtmlUtils.htmlUnescape(send("/gratitude/import", workbook(CONTRIBUTIONS, HOUSES), "true")
                .getContentAsString());

        assertThat(dry.get("succeeded").asBoolean()).isTrue();
        assertThat(dry.get("contributions").valueStream().map(c -> c.get("month").asString() + " "
                + c.get("amount").decimalValue().toPlainString()).toList())
                .containsExactly("2025-07 5000000", "2025-08 2500000", "2025-12 1200000");
        assertThat(dry.get("houses").get(0).get("id").asLong()).as("not written").isZero();
        assertThat(page).contains("Khoản đóng góp: 3; nhà tình nghĩa: 2.", "Hội Cựu chiến binh xã Nhớ Nguồn – Chi hội thôn Đông",
                "Bà Lê Thị Thảo", "Hồ Văn Nhớ", "60.000.000", "20/07/2025", "chưa ghi gì");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    @Order(2)
    void aGoodWorkbookIsImportedEachEntryAuditedWithTheFundsTotals() throws Exception {
        MockHttpServletResponse answer = send("/api/v1/gratitude/imports", workbook(CONTRIBUTIONS, HOUSES), "false");

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(json.readTree(answer.getContentAsString()).get("houses").get(0).get("id").asLong()).isPositive();
        GratitudeTotals totals = fund.totals(List.of(nhoNguon), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(totals).isEqualTo(new GratitudeTotals(1, 1, new BigDecimal("85500000"), new BigDecimal("8700000"),
                0, BigDecimal.ZERO));
        assertThat(fund.year(nhoNguon, 2025, AccessScope.everything()).orElseThrow().contributions())
                .extracting(Contribution::organisationId, Contribution::contributor).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(veterans, null),
                        org.assertj.core.groups.Tuple.tuple(null, "Bà Lê Thị Thảo"),
                        org.assertj.core.groups.Tuple.tuple(veterans, "Chi hội thôn Đông"));
        assertThat(fund.houses(List.of(nhoNguon), LocalDate.of(2025, 7, 20), LocalDate.of(2025, 7, 20)))
                .extracting(GratitudeHouse::householdId).containsExactly(household);
        assertThat(jdbc.sql("select entity_type, count(*) from audit_event where entity_type like 'gratitude_%' "
                + "and unit_id = :unit group by entity_type order by entity_type").param("unit", nhoNguon)
                .query((rs, n) -> rs.getString(1) + " " + rs.getLong(2)).list())
                .containsExactly("gratitude_contribution 3", "gratitude_house 2");
    }

    @Test
    @Order(3)
    void aHouseAlreadyRecordedOrListedTwiceIsRefusedByRow() throws Exception {
        Map<String, Long> before = counts();
        MockHttpServletResponse again = send("/api/v1/gratitude/imports", workbook(CONTRIBUTIONS, HOUSES), "false");
        List<List<String>> twice = List.of(HOUSE_HEADER,
                List.of("Nhớ Nguồn", "Xây mới", "Phan Văn Mới", "Thôn Đông", "", "10.000.000", "Quỹ huyện", "01/08/2025"),
                List.of("Nhớ Nguồn", "Sửa chữa", "phan văn mới ", "Thôn Đông", "", "5.000.000", "Quỹ huyện", "01/08/2025"));
        MockHttpServletResponse listedTwice = send("/api/v1/gratitude/imports", workbook(CONTRIBUTIONS.subList(0, 1), twice),
                "false");

        assertThat(again.getStatus()).isEqualTo(422);
        assertThat(json.readTree(again.getContentAsString()).get("errors").findValuesAsString("code"))
                .containsExactly("gratitude.import.house.recorded", "gratitude.import.house.recorded");
        assertThat(json.readTree(listedTwice.getContentAsString()).get("errors").findValuesAsString("message"))
                .containsExactly("nhà của hộ này, bàn giao ngày này, đã có ở dòng 2");
        assertThat(counts()).as("nothing written").isEqualTo(before);
    }

    @Test
    @Order(4)
    void errorsInRowsOfBothSheetsAreEachNamedAndNothingIsWritten() throws Exception {
        Map<String, Long> before = counts();
        String tomorrow = Dates.shown(LocalDate.now(clock).plusDays(1));
        byte[] file = workbook(List.of(CONTRIBUTION_HEADER,
                List.of("Nhớ Nguồn", "Hội Không Có", "", "13/2025", "0"),
                List.of("Xã Không Có", "", "Ông Ba", "07/2025", "5.000.000,5"),
                List.of("Nhớ Nguồn", "Hội CCB", "", "09/2025", "3.000.000")), List.of(HOUSE_HEADER,
                List.of("Nhớ Nguồn", "Xây lại", "", "Thôn Đông", "GI-99", "60.000.000", "Quỹ huyện", "31/06/2025"),
                List.of("Nhớ Nguồn", "Sửa chữa", "Lê Văn Bốn", "Thôn Tây", "", "0", "Quỹ huyện", tomorrow)));

        MockHttpServletResponse answer = send("/api/v1/gratitude/imports", file, "false");
        String page = HtmlUtils.htmlUnescape(send("/gratitude/import", file, "false").getContentAsString());

        assertThat(answer.getStatus()).isEqualTo(422);
        assertThat(json.readTree(answer.getContentAsString()).get("errors").valueStream()
                .map(e -> e.get("sheet").asString() + " " + e.get("row").asInt() + " " + e.get("column").asString() + " "
                        + e.get("field").asString()).toList()).containsExactly(
                                "Đóng góp 2 Tổ chức organisationId", "Đóng góp 2 Tháng month",
                                "Đóng góp 2 Số tiền (đồng) amount", "Đóng góp 3 Xã unitId",
                                "Đóng góp 3 Số tiền (đồng) amount", "Nhà tình nghĩa 2 Loại kind",
                                "Nhà tình nghĩa 2 Chủ hộ headName", "Nhà tình nghĩa 2 Mã hộ householdCode",
                                "Nhà tình nghĩa 2 Ngày bàn giao handedOverOn", "Nhà tình nghĩa 3 Kinh phí (đồng) cost",
                                "Nhà tình nghĩa 3 Ngày bàn giao handedOverOn");
        assertThat(page).contains("trang «Nhà tình nghĩa», dòng 2, cột «Ngày bàn giao»",
                "31/06/2025 không phải là ngày có thật", "xã không có tổ chức «Hội Không Có»",
                "«13/2025» không phải là một tháng", "không có xã «Xã Không Có»", "«Xây lại» không phải loại nhà",
                "Không có hộ mã «GI-99» trong sổ hộ của xã.", "Ngày " + tomorrow + " chưa đến.",
                "«0» không phải là số tiền hợp lệ", "không có gì được ghi");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    @Order(5)
    void anotherCommunesOfficerIsRefusedTheCommune() throws Exception {
        Map<String, Long> before = counts();

        MockHttpServletResponse answer = mvc.perform(request("/api/v1/gratitude/imports", workbook(CONTRIBUTIONS, HOUSES),
                "false").with(user(OFFICER).roles("COMMUNE_OFFICER"))).andReturn().getResponse();
        String theirs = mvc.perform(get("/gratitude").with(user(OFFICER).roles("COMMUNE_OFFICER"))).andReturn()
                .getResponse().getContentAsString();
        String notTheirs = mvc.perform(get("/gratitude").param("unit", "" + nhoNguon).param("year", "2025")
                .with(user(OFFICER).roles("COMMUNE_OFFICER"))).andReturn().getResponse().getContentAsString();

        assertThat(answer.getStatus()).isEqualTo(422);
        JsonNode errors = json.readTree(answer.getContentAsString()).get("errors");
        assertThat(errors).hasSize(5);
        assertThat(errors.get(0).get("message").asString())
                .isEqualTo("bạn không được nhập Quỹ Đền ơn đáp nghĩa của xã «Nhớ Nguồn»");
        assertThat(errors.valueStream().map(e -> e.get("field").asString()).distinct().toList()).containsExactly("unitId");
        assertThat(counts()).isEqualTo(before);
        assertThat(theirs).as("the link where the user writes").contains("id=\"gratitude-import\"");
        assertThat(notTheirs).doesNotContain("id=\"gratitude-import\"");
    }

    /** The template's two sheets, filled in, read back; a CSV of houses is known by its header. */
    @Test
    @Order(6)
    void theTemplateFilledInReadsBack() throws Exception {
        MockHttpServletResponse template = mvc.perform(get("/gratitude/import/template.xlsx")).andReturn().getResponse();
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.getContentAsByteArray()));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            assertThat(workbook.getSheetName(0) + " | " + workbook.getSheetName(1)).isEqualTo("Đóng góp | Nhà tình nghĩa");
            assertThat(workbook.getSheetAt(1).getDataValidations()).as("Xã and Loại to choose").hasSize(2);
            var kinds = workbook.getSheet("Danh mục nhà").getRow(0).getCell(1).getStringCellValue() + " · "
                    + workbook.getSheet("Danh mục nhà").getRow(1).getCell(1).getStringCellValue();
            assertThat(kinds).isEqualTo("Xây mới · Sửa chữa");
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex("Danh mục nhà"))).isTrue();
            fill(workbook.getSheetAt(0), CONTRIBUTIONS);
            fill(workbook.getSheetAt(1), NEW_HOUSES);
            workbook.write(out);
            filled = out.toByteArray();
        }
        String csv = String.join("\n", String.join(";", HOUSE_HEADER), String.join(";", NEW_HOUSES.get(2)));

        JsonNode dry = json.readTree(send("/api/v1/gratitude/imports", filled, "true").getContentAsString());
        JsonNode houses = json.readTree(send("/api/v1/gratitude/imports", csv.getBytes(StandardCharsets.UTF_8), "true")
                .getContentAsString());

        assertThat(template.getHeader("Content-Disposition")).contains("mau-quy-den-on-dap-nghia.xlsx");
        assertThat(dry.get("errors")).isEmpty();
        assertThat(dry.get("contributions")).hasSize(3);
        assertThat(dry.get("houses")).hasSize(2);
        assertThat(houses.get("contributions")).isEmpty();
        assertThat(houses.get("houses").get(0).get("kind").asString()).isEqualTo("REPAIRED");
        assertThat(HtmlUtils.htmlUnescape(mvc.perform(get("/gratitude/import").param("lang", "en")).andReturn()
                .getResponse().getContentAsString())).contains("Import a gratitude fund list", "Đóng góp: ",
                        "Nhà tình nghĩa: ", "whole đồng above 0 (5.000.000)", "Xây mới · Sửa chữa",
                        "/gratitude/import/template.xlsx");
    }

    private static void fill(Sheet sheet, List<List<String>> rows) {
        for (int r = 1; r < rows.size(); r++) {
            var row = sheet.createRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.createCell(c).setCellValue(rows.get(r).get(c));
            }
        }
    }

    static byte[] workbook(List<List<String>> contributions, List<List<String>> houses) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheet(workbook.createSheet("Đóng góp"), contributions);
            sheet(workbook.createSheet("Nhà tình nghĩa"), houses);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void sheet(Sheet sheet, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            var row = sheet.createRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                String text = rows.get(r).get(c);
                if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    row.createCell(c).setCellValue(LocalDate.parse(text));
                    var style = sheet.getWorkbook().createCellStyle();
                    style.setDataFormat((short) 14);
                    row.getCell(c).setCellStyle(style);
                } else {
                    row.createCell(c).setCellValue(text);
                }
            }
        }
    }

    private MockHttpServletResponse send(String path, byte[] file, String dryRun) throws Exception {
        return mvc.perform(request(path, file, dryRun)).andReturn().getResponse();
    }

    private static MockMultipartHttpServletRequestBuilder request(String path, byte[] file, String dryRun) {
        return (MockMultipartHttpServletRequestBuilder) multipart(path).file(new MockMultipartFile("file",
                "quy-den-on.xlsx", null, file)).param("dryRun", dryRun).with(csrf());
    }

    private long commune(String code, String name) {
        return units.byCode(code).map(AdministrativeUnit::id).orElseGet(() -> {
            long province = units.byCode("TEST.GI").map(AdministrativeUnit::id).orElseGet(() -> units.add(
                    new AdministrativeUnit(null, null, UnitKind.PROVINCE, "TEST.GI", "Thử Nghĩa", LocalDate.of(2025, 7, 1),
                            null, null)).id());
            return units.add(new AdministrativeUnit(null, province, UnitKind.COMMUNE, code, name,
                    LocalDate.of(2025, 7, 1), null, null)).id();
        });
    }

    private Map<String, Long> counts() {
        return Map.of("contribution", count("gratitude_contribution"), "house", count("gratitude_house"),
                "audit", count("audit_event"));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}

package vn.ansinh.relief;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import com.jayway.jsonpath.JsonPath;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdRegistry;
import vn.ansinh.households.Member;
import vn.ansinh.households.Sex;
import vn.ansinh.poverty.Area;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.UnitKind;
import vn.ansinh.units.Units;

/**
 * An event's affected households and the relief given imported from a list, in two communes of a province of the
 * tests' own (Thử Nhập An, Thử Nhập Bình) beside a third the events do not hit: a good list with its totals, a dry run,
 * a list with errors in several rows, another commune's officer, the template read back. Each test has an event of
 * its own. Its own database: the seed and the other relief tests stay as they are.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:relief_lists;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
class ReliefListsTest {

    static final AccessScope ALL = AccessScope.everything();
    static final String OFFICER = "canbo.nhap.an";
    static final String OUTSIDER = "canbo.nhap.khac";
    static final List<String> HEADER = List.of("Xã", "Chủ hộ", "Thôn", "Mã hộ", "Thiệt hại", "Số người chết/mất tích",
            "Giá trị thiệt hại (đồng)", "Đơn vị hỗ trợ", "Ngày hỗ trợ", "Gạo (kg)", "Tiền (đồng)", "Hàng hóa");

    @Autowired
    MockMvc mvc;
    @Autowired
    Relief relief;
    @Autowired
    ReliefEntries entries;
    @Autowired
    Units units;
    @Autowired
    UserAccounts accounts;
    @Autowired
    HouseholdRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    long an;
    long binh;
    long other;

    @BeforeEach
    void communes() {
        AdministrativeUnit province = unit(null, UnitKind.PROVINCE, "NHAP", "Tỉnh Thử Nhập");
        an = unit(province.id(), UnitKind.COMMUNE, "NHAP.AN", "Thử Nhập An").id();
        binh = unit(province.id(), UnitKind.COMMUNE, "NHAP.BINH", "Thử Nhập Bình").id();
        other = unit(province.id(), UnitKind.COMMUNE, "NHAP.KHAC", "Thử Nhập Khác").id();
        TestAccounts.ensure(accounts, OFFICER, Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, an)));
        TestAccounts.ensure(accounts, OUTSIDER, Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, other)));
    }

    /** Một (linked by its code) and Ba were given 20 + 12,5 kg of rice and 1.000.000 đồng; Hai nothing yet. */
    @Test
    void aGoodListIsCheckedThenImportedWithItsTotalsEachWriteAudited() throws Exception {
        long registered = registry.register(new Household(null, an, "NH-01", "Thôn 1", "Lê Văn Một", null, null, null,
                Area.RURAL, List.of(new Member("Lê Văn Một", Sex.M, null, "Chủ hộ", null, false, false, null, null))),
                ALL).id();
        ReliefEvent event = event("Bão số 3", "05/09/2023");
        String csv = csv(HEADER,
                List.of("Thử Nhập An", "Lê Văn Một", "Thôn 1", "nh-01", "Sập nhà", "", "50.000.000", "UBND xã",
                        "07/09/2023", "20", "1.000.000", ""),
                List.of("thử nhập an", "Trần Thị Hai", "Thôn 2", "", "Người chết, mất tích", "1", "", "", "", "", "", ""),
                List.of("Xã Thử Nhập Bình", "Hồ Văn Ba", "Thôn Bình", "", "CROPS_LOST", "", "", "Hội Chữ thập đỏ",
                        "2023-09-08", "12,5", "", "Chăn màn"));
        long before = rows();

        MockHttpServletResponse dry = api(event.id(), "ho.csv", csv.getBytes(StandardCharsets.UTF_8), true);
        assertThat(rows()).as("a dry run writes nothing").isEqualTo(before);
        String page = HtmlUtils.htmlUnescape(mvc.perform(multipart("/relief/events/" + event.id() + "/import")
                .file(file("ho.csv", csv.getBytes(StandardCharsets.UTF_8))).with(csrf()).param("dryRun", "false"))
                .andReturn().getResponse().getContentAsString());
        MockHttpServletResponse again = api(event.id(), "ho.csv", csv.getBytes(StandardCharsets.UTF_8), false);

        assertThat(dry.getStatus()).isEqualTo(200);
        String json = dry.getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<Integer>read(json, "$.households")).isEqualTo(3);
        assertThat(JsonPath.<Integer>read(json, "$.relieved")).isEqualTo(2);
        assertThat(JsonPath.<Number>read(json, "$.riceKg").doubleValue()).isEqualTo(32.5);
        assertThat(JsonPath.<Number>read(json, "$.money").longValue()).isEqualTo(1_000_000);
        assertThat(JsonPath.<List<String>>read(json, "$.lines[*].household.headName"))
                .containsExactly("Lê Văn Một", "Trần Thị Hai", "Hồ Văn Ba");
        assertThat(page).contains("Đã nhập tệp ho.csv.",
                "3 hộ bị ảnh hưởng, 2 hộ đã được trợ giúp; 32,5 kg gạo, 1.000.000 đồng.",
                "08/09/2023 Hội Chữ thập đỏ: 12,5 kg gạo Chăn màn", "Người chết, mất tích (1)");
        EventReport report = relief.report(event.id(), ALL).orElseThrow();
        assertThat(report.totals()).isEqualTo(new ReliefTotals(1, 3, 2, new BigDecimal("32.5"), new BigDecimal("1000000")));
        assertThat(report.communes().get(0).totals().householdsAffected()).isEqualTo(2);
        assertThat(report.communes().get(0).lines().get(0).household().householdId()).isEqualTo(registered);
        assertThat(report.communes().get(0).lines().get(0).household().estimatedValue()).isEqualTo(new BigDecimal("50000000"));
        assertThat(audited("relief_household", "select id from relief_household where event_id = :e", event.id()))
                .isEqualTo(3);
        assertThat(audited("relief_given", "select g.id from relief_given g join relief_household h on h.id = "
                + "g.affected_id where h.event_id = :e", event.id())).isEqualTo(2);
        assertThat(again.getStatus()).as("a list imported again adds nothing twice").isEqualTo(422);
        assertThat(JsonPath.<List<String>>read(again.getContentAsString(StandardCharsets.UTF_8), "$.errors[*].code"))
                .containsOnly("reliefList.household.recorded").hasSize(3);
        assertThat(relief.report(event.id(), ALL).orElseThrow().totals().householdsAffected()).isEqualTo(3);
    }

    /** Every error by sheet, row, column and field, the page saying each in Vietnamese; nothing written. */
    @Test
    void aListWithErrorsInSeveralRowsNamesEachAndWritesNothing() throws Exception {
        ReliefEvent event = event("Lũ tháng 10", "05/10/2023");
        String tomorrow = LocalDate.now(clock).plusDays(1).toString();
        byte[] xlsx = xlsx(List.of(HEADER,
                row("Cam Xa", "Hộ Hai", "Sập nhà", "", "", "", "", ""),
                row("Thử Nhập Khác", "Hộ Ba", "Sập nhà", "", "", "", "", ""),
                row("Thử Nhập An", "Hộ Bốn", "Lở đất", "", "", "", "", ""),
                row("Thử Nhập An", "Hộ Năm", "Mất mùa", "", "UBND xã", "31/06/2023", "10", ""),
                row("Thử Nhập An", "Hộ Sáu", "Mất mùa", "", "UBND xã", "01/10/2023", "10", ""),
                row("Thử Nhập An", "Hộ Bảy", "Mất mùa", "", "UBND xã", tomorrow, "10", ""),
                row("Thử Nhập An", "Hộ Tám", "Mất mùa", "", "UBND xã", "07/10/2023", "", ""),
                row("Thử Nhập An", "Hộ Chín", "Sập nhà", "2", "", "", "", ""),
                row("Thử Nhập An", "Hộ Mười", "Hư hỏng nhà", "", "", "", "", "1.234,5"),
                row("Thử Nhập Bình", "Hộ Đúng", "Mất mùa", "", "UBND xã", "07/10/2023", "1.234,5", "")));
        long before = rows();

        MockHttpServletResponse answer = api(event.id(), "ho.xlsx", xlsx, false);
        var pageAnswer = mvc.perform(multipart("/relief/events/" + event.id() + "/import").file(file("ho.xlsx", xlsx))
                .with(csrf()).param("dryRun", "false")).andReturn().getResponse();
        String page = HtmlUtils.htmlUnescape(pageAnswer.getContentAsString());

        assertThat(answer.getStatus()).isEqualTo(422);
        assertThat(pageAnswer.getStatus()).isEqualTo(422);
        String json = answer.getContentAsString(StandardCharsets.UTF_8);
        List<String> errors = new ArrayList<>();
        int count = JsonPath.<Integer>read(json, "$.errors.length()");
        for (int i = 0; i < count; i++) {
            errors.add(JsonPath.read(json, "$.errors[" + i + "].sheet") + " " + JsonPath.read(json, "$.errors[" + i
                    + "].row") + " " + JsonPath.read(json, "$.errors[" + i + "].column") + " "
                    + JsonPath.read(json, "$.errors[" + i + "].field"));
        }
        assertThat(errors).containsExactly("Hộ 2 Xã unitId", "Hộ 3 Xã unitId", "Hộ 4 Thiệt hại damage",
                "Hộ 5 Ngày hỗ trợ givenOn", "Hộ 6 Ngày hỗ trợ givenOn", "Hộ 7 Ngày hỗ trợ givenOn",
                "Hộ 8 Gạo (kg) riceKg", "Hộ 9 Số người chết/mất tích people",
                "Hộ 10 Giá trị thiệt hại (đồng) estimatedValue");
        assertThat(page).contains("Tệp ho.xlsx có lỗi; không có gì được ghi.", "trang «Hộ», dòng 2, cột «Xã»",
                "không có xã «Cam Xa»", "sự kiện không xảy ra ở xã «Thử Nhập Khác»",
                "«Lở đất» không phải một loại thiệt hại", "31/06/2023 không phải là ngày có thật",
                "Ngày trợ giúp phải từ ngày xảy ra sự kiện 05/10/2023 trở đi.", "chưa tới.",
                "Cần ghi ít nhất một trong gạo, tiền hoặc hàng hóa.",
                "Chỉ ghi số người khi thiệt hại là người chết, mất tích.",
                "«1.234,5» không phải là số tiền hợp lệ");
        assertThat(rows()).as("nothing written").isEqualTo(before);
    }

    /** An's officer imports An's households only; an officer of a commune the event missed does not see its list. */
    @Test
    void anotherCommunesOfficerIsRefused() throws Exception {
        ReliefEvent event = event("Cháy chợ", "10/05/2022");
        byte[] ofBinh = csv(HEADER, row("Thử Nhập Bình", "Lê Văn Bình", "Mất mùa", "", "", "", "", ""))
                .getBytes(StandardCharsets.UTF_8);
        long before = rows();

        var binhByAn = as(OFFICER, multipart("/api/v1/relief/events/" + event.id() + "/imports")
                .file(file("ho.csv", ofBinh)).param("dryRun", "false"));
        var byOutsider = as(OUTSIDER, multipart("/api/v1/relief/events/" + event.id() + "/imports")
                .file(file("ho.csv", ofBinh)).param("dryRun", "false"));
        var pageOfOutsider = as(OUTSIDER, get("/relief/events/" + event.id() + "/import"));
        String eventPage = as(OFFICER, get("/relief/events/" + event.id())).getContentAsString();

        assertThat(binhByAn.getStatus()).isEqualTo(422);
        assertThat(JsonPath.<List<String>>read(binhByAn.getContentAsString(StandardCharsets.UTF_8), "$.errors[*].message"))
                .containsExactly("bạn không được nhập số liệu của xã «Thử Nhập Bình»");
        assertThat(byOutsider.getStatus()).isEqualTo(404);
        assertThat(byOutsider.getContentType()).isEqualTo("application/problem+json");
        assertThat(pageOfOutsider.getStatus()).isEqualTo(404);
        assertThat(eventPage).contains("id=\"relief-import-link\"", "/relief/events/" + event.id() + "/import");
        assertThat(rows()).as("nothing written").isEqualTo(before);
    }

    /** The template's columns and drop-downs; filled in with their values it reads back through the import. */
    @Test
    void theTemplateReadsBackThroughTheImport() throws Exception {
        ReliefEvent event = event("Hạn hán 2021", "01/04/2021");
        var download = as(OFFICER, get("/relief/events/" + event.id() + "/import/template.xlsx"));
        assertThat(download.getHeader("Content-Disposition")).contains("mau-ho-bi-anh-huong-" + event.id() + ".xlsx");
        String page = HtmlUtils.htmlUnescape(as(OFFICER, get("/relief/events/" + event.id() + "/import"))
                .getContentAsString());
        assertThat(page).contains("Tải tệp mẫu", "Người chết, mất tích · Sập nhà", "Số người chết/mất tích");

        byte[] filled;
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download.getContentAsByteArray()));
                var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            Sheet lists = workbook.getSheet("Danh mục");
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).isEqualTo(HEADER);
            assertThat(lists.getRow(1).getCell(0)).as("An only: the officer writes no other commune of the event").isNull();
            String commune = lists.getRow(0).getCell(0).getStringCellValue();
            for (int r = 0; r < DamageKind.values().length; r++) {
                String damage = lists.getRow(r).getCell(4).getStringCellValue();
                List<String> cells = row(commune, "Chủ hộ " + r, damage, damage.startsWith("Người") ? "2" : "", "UBND xã",
                        "05/04/2021", "15", "");
                var line = sheet.createRow(r + 1);
                for (int c = 0; c < cells.size(); c++) {
                    line.createCell(c).setCellValue(cells.get(c));
                }
            }
            workbook.write(out);
            filled = out.toByteArray();
        }
        var answer = as(OFFICER, multipart("/api/v1/relief/events/" + event.id() + "/imports")
                .file(file("mau.xlsx", filled)));

        assertThat(answer.getStatus()).as(answer.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(JsonPath.<Integer>read(answer.getContentAsString(StandardCharsets.UTF_8), "$.households"))
                .isEqualTo(DamageKind.values().length);
    }

    /** A row of the list in An or Bình's village; relief cells given, damage cells as typed. */
    static List<String> row(String commune, String head, String damage, String people, String giver, String on,
            String rice, String value) {
        return List.of(commune, head, "Thôn 1", "", damage, people, value, giver, on, rice, "", "");
    }

    private ReliefEvent event(String name, String struckOn) {
        return relief.events(List.of(an), LocalDate.of(1900, 1, 1), LocalDate.now(clock)).stream()
                .filter(e -> e.name().equals(name)).findFirst()
                .map(e -> relief.report(e.id(), ALL).orElseThrow().event())
                .orElseGet(() -> entries.create(new ReliefEventDraft(DisasterKind.STORM, name, struckOn,
                        List.of(an, binh)), ALL));
    }

    private MockHttpServletResponse api(long event, String name, byte[] content, boolean dryRun) throws Exception {
        return mvc.perform(multipart("/api/v1/relief/events/" + event + "/imports").file(file(name, content))
                .param("dryRun", "" + dryRun)).andReturn().getResponse();
    }

    private MockHttpServletResponse as(String username, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user(username).roles("COMMUNE_OFFICER")).with(csrf())).andReturn()
                .getResponse();
    }

    private AdministrativeUnit unit(Long parent, UnitKind kind, String code, String name) {
        return units.byCode(code).orElseGet(() -> units.add(AdministrativeUnit.create(parent, kind, code, name)));
    }

    private long audited(String entityType, String rows, long event) {
        return jdbc.sql("select count(*) from audit_event where entity_type = :type and entity_id in (select cast(id as "
                + "varchar(20)) from (" + rows + ") r)").param("type", entityType).param("e", event).query(Long.class)
                .single();
    }

    private long rows() {
        return jdbc.sql("select (select count(*) from relief_household) + (select count(*) from relief_given) "
                + "+ (select count(*) from audit_event)").query(Long.class).single();
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, null, content);
    }

    @SafeVarargs
    static String csv(List<String>... rows) {
        return String.join("\n", java.util.Arrays.stream(rows).map(r -> String.join(";", r)).toList());
    }

    static byte[] xlsx(List<List<String>> rows) throws Exception {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Hộ");
            for (int r = 0; r < rows.size(); r++) {
                var line = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    line.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}

package vn.ansinh.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.RealHistory;

/**
 * The pages «Nhập danh mục đơn vị hành chính» and «Nhập danh sách đơn vị kế thừa» (issue 12) on a database of its own:
 * the national list of 2020 imported on its page after its dry run, today's list, and the merge of Cam An and Cam
 * Thanh into Thanh An in 2020. A missing day or file, or a file that is not CSV, is said beside its field, a line
 * naming a code no unit bears by line and column; the dry run lists the two «Xã Cam Thủy» of the new Quảng Trị as
 * radio buttons, and «Xã Cam Thanh» (no unit of that name) with the nearest; «Nhập» with a name left writes nothing
 * and keeps the choice made; with every name chosen the list is written.
 */
@IntegrationTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:succession_page;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", RealHistory.SEED_FOLLOW_UPS})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuccessionImportPageTest {

    static final String PAGE = "/admin/units/successions";
    /** Hiếu Giang names «Xã Cam Thủy» without its district; Cam Lộ names «Xã Cam Thanh», which no unit bears. */
    static final String LIST = NationalSuccessionsTest.HEADER + NationalSuccessionsTest.QUANG_TRI
            + "2,19603,Xã Hiếu Giang,44,\"Xã Cam Thủy, Xã Cam Hiếu, Xã Cam Tuyền, Xã Thanh An\"\n"
            + "2,19597,Xã Cam Lộ,44,\"Thị trấn Cam Lộ, Xã Cam Thanh, Xã Cam Chính, Xã Cam Nghĩa\"\n";

    private static final MockHttpSession SESSION = new MockHttpSession();

    @Autowired
    UnitListImport lists;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    @Order(1)
    void theMapOf2020ImportedOnItsPageAfterItsDryRunAndToday() throws Exception {
        MockHttpSession session = new MockHttpSession();
        long before = unitCount();
        String dryRun = mvc.perform(multipart("/admin/units/imports").file(new MockMultipartFile("file", "units-2025-03.csv",
                "text/csv", Files.readAllBytes(NationalUnitListsTest.UNITS.resolve("units-2025-03.csv"))))
                .param("effective", "2020-01-01").session(session).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(dryRun).as("the seed's Quảng Trị, Cam Lộ and its township, six communes and Thanh An are there already")
                .contains("id=\"count-created\">10.784<", "id=\"count-changed\">0<", "id=\"count-ended\">0<",
                        "id=\"count-unchanged\">10<", "… và 10.584 thay đổi khác", "id=\"import\"");
        assertThat(unitCount()).as("a dry run writes nothing").isEqualTo(before);
        MvcResult done = mvc.perform(post("/admin/units/imports/import").session(session).with(csrf())).andReturn();
        assertThat(done.getResponse().getStatus()).isEqualTo(302);
        assertThat(unitCount()).isEqualTo(before + 10_784);
        String page = mvc.perform(get("/admin/units/imports").flashAttr("imported", done.getFlashMap().get("imported")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Đã nhập «units-2025-03.csv»: 10.784 đơn vị tạo mới, 0 thay đổi, 0 hết hiệu lực, 10 không đổi.");

        MockHttpServletResponse broken = mvc.perform(multipart("/admin/units/imports").file(new MockMultipartFile("file",
                "hong.csv", "text/csv", "level,code\n1,01\n".getBytes(StandardCharsets.UTF_8))).param("effective", "2025-07-01")
                .session(session).with(csrf())).andReturn().getResponse();
        assertThat(broken.getStatus()).isEqualTo(422);
        assertThat(broken.getContentAsString()).contains("id=\"units-problems\"").doesNotContain("id=\"import\"");
        importList("units-2025-07.csv", NationalSuccessionsTest.REFORM);
        String units = mvc.perform(get("/admin/units")).andReturn().getResponse().getContentAsString();
        assertThat(units).contains("href=\"/admin/units/successions\"");
    }

    @Test
    @Order(2)
    void aMissingDayOrFileAndAFileNotCsvAreSaidBesideTheirFields() throws Exception {
        MockHttpServletResponse empty = mvc.perform(multipart(PAGE).param("effective", "").with(csrf()))
                .andReturn().getResponse();
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(empty.getContentAsString()).contains("id=\"file-problem\"", "Hãy chọn tệp danh sách.",
                "id=\"effective-problem\"");

        MockHttpServletResponse text = upload("tay.txt", "2025-07-01", new MockHttpSession());
        assertThat(text.getStatus()).isEqualTo(422);
        assertThat(text.getContentAsString()).contains("Tệp phải là CSV").doesNotContain("id=\"effective-problem\"");

        MockHttpServletResponse badDay = upload("tay.csv", "2025-02-30", new MockHttpSession());
        assertThat(badDay.getStatus()).isEqualTo(422);
        assertThat(badDay.getContentAsString()).contains("id=\"effective-problem\"");

        MockHttpServletResponse unknownCode = mvc.perform(multipart(PAGE).file(new MockMultipartFile("file", "sai.csv",
                "text/csv", (NationalSuccessionsTest.HEADER + NationalSuccessionsTest.QUANG_TRI
                        + "2,00071,Phường Hiệp Hòa,44,\"Phường Hiệp Hòa\"\n").getBytes(StandardCharsets.UTF_8)))
                .param("effective", "2025-07-01").with(csrf())).andReturn().getResponse();
        assertThat(unknownCode.getStatus()).isEqualTo(422);
        assertThat(unknownCode.getContentAsString()).as("the problem by line and column; nothing kept, nothing to import")
                .contains("id=\"succession-problems\"", "<td>3</td><td>code</td>", "Không có đơn vị nào mang mã 00071")
                .doesNotContain("id=\"import\"", "id=\"succession-kept\"");
    }

    @Test
    @Order(3)
    void theDryRunListsEachUndecidedNameWithItsCandidatesAndWritesNothing() throws Exception {
        long links = links();
        MockHttpServletResponse dryRun = upload("tay.csv", "2025-07-01", SESSION);

        assertThat(dryRun.getStatus()).isEqualTo(200);
        String page = dryRun.getContentAsString();
        assertThat(page).contains("Xã Hiếu Giang (mã 19603), dòng 3", "Danh sách ghi: «Xã Cam Thủy»",
                "Xã Cam Thủy — Huyện Lệ Thủy (mã 19270)", "Xã Cam Thủy — Huyện Cam Lộ (mã 19606)",
                "Xã Cam Lộ (mã 19597), dòng 4", "Danh sách ghi: «Xã Cam Thanh»", "Xã Cam Thành — Huyện Cam Lộ (mã 19612)",
                "Không phải đơn vị hành chính (thôn, vùng đất)", "Còn 2 tên chưa chọn");
        assertThat(page).contains("name=\"codes[0]\" value=\"19606\"", "name=\"codes[1]\" value=\"19612\"");
        assertThat(links()).isEqualTo(links);
    }

    @Test
    @Order(4)
    void importWithANameLeftWritesNothingAndKeepsTheChoiceMade() throws Exception {
        long links = links();
        MockHttpServletResponse left = choose("codes[0]", "19606");

        assertThat(left.getStatus()).isEqualTo(409);
        assertThat(left.getContentAsString()).contains("Còn 1 tên chưa chọn", "Tệp «tay.csv», có hiệu lực từ 01/07/2025")
                .containsPattern("name=\"codes\\[0\\]\" value=\"19606\"\\s+id=\"choice-0-1\" checked=\"checked\"");
        assertThat(links()).as("nothing written while a name is left").isEqualTo(links);
        String again = mvc.perform(get(PAGE).session(SESSION)).andReturn().getResponse().getContentAsString();
        assertThat(again).as("the file and the choice are kept for the session").contains("Còn 1 tên chưa chọn")
                .containsPattern("value=\"19606\"\\s+id=\"choice-0-1\" checked=\"checked\"");
    }

    @Test
    @Order(5)
    void importWithEveryNameChosenWritesTheListOnce() throws Exception {
        long links = links();
        MvcResult done = mvc.perform(post(PAGE + "/import").param("codes[1]", "19612").session(SESSION).with(csrf()))
                .andReturn();

        assertThat(done.getResponse().getStatus()).isEqualTo(302);
        assertThat(links() - links).as("Quảng Trị 45; Cam Thủy, Cam Hiếu, Cam Tuyền; Cam Thành, Cam Chính, Cam Nghĩa")
                .isEqualTo(7);
        assertThat(predecessorsOf("19603")).as("Thanh An, the Cam Thủy of Cam Lộ chosen before, Cam Hiếu, Cam Tuyền")
                .containsExactlyInAnyOrder("19603", "19606", "19615", "19600");
        assertThat(predecessorsOf("19597")).as("Cam Thành, chosen for «Xã Cam Thanh»").contains("19612");
        SuccessionImportResult imported = (SuccessionImportResult) done.getFlashMap().get("imported");
        assertThat(imported.created()).isEqualTo(7);
        String page = mvc.perform(get(PAGE).session(SESSION).flashAttr("imported", imported)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Đã nhập «tay.csv»: 3 sự kiện; 7 liên kết tạo mới, " + imported.changed()
                + " liên kết sửa, " + imported.unchanged() + " liên kết không đổi.").doesNotContain("id=\"succession-kept\"");
        assertThat(SESSION.getAttribute("units.pendingSuccessionList")).isNull();
    }

    private MockHttpServletResponse upload(String name, String effective, MockHttpSession session) throws Exception {
        return mvc.perform(multipart(PAGE).file(new MockMultipartFile("file", name, "text/csv",
                LIST.getBytes(StandardCharsets.UTF_8))).param("effective", effective)
                .param("legalBasis", "Nghị quyết 1680/NQ-UBTVQH15").session(session).with(csrf())).andReturn().getResponse();
    }

    private MockHttpServletResponse choose(String field, String code) throws Exception {
        return mvc.perform(post(PAGE + "/import").param(field, code).session(SESSION).with(csrf())).andReturn()
                .getResponse();
    }

    private List<String> predecessorsOf(String gso) {
        return jdbc.sql("""
                select p.gso_code from unit_succession s join administrative_unit p on p.id = s.predecessor_id
                join administrative_unit n on n.id = s.successor_id
                where n.gso_code = :gso and s.effective_on = :day""").param("gso", gso)
                .param("day", NationalSuccessionsTest.REFORM).query(String.class).list();
    }

    private void importList(String name, LocalDate effective) throws Exception {
        assertThat(lists.importList(name, Files.readAllBytes(NationalUnitListsTest.UNITS.resolve(name)), effective, false,
                Locale.forLanguageTag("vi")).errors()).isEmpty();
    }

    private long unitCount() {
        return jdbc.sql("select count(*) from administrative_unit").query(Long.class).single();
    }

    private long links() {
        return jdbc.sql("select count(*) from unit_succession").query(Long.class).single();
    }
}

package vn.ansinh.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.support.IntegrationTest;

/**
 * Administrators browse the audit log newest first, filter it by user, unit, record type and
 * dates, and get the same rows as CSV for Excel and as JSON. Each test writes three entries of a
 * record type of its own, so the other tests' entries never get in the way.
 */
@IntegrationTest
class AuditPagesTest {

    static final String QUOTED = "Hộ nghèo \"Cam Tuyền\", xã Cam Thành";
    private static final AtomicInteger KINDS = new AtomicInteger();
    private static final Pattern ROW_ID = Pattern.compile("data-id=\"(\\d+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog log;

    @Autowired
    JsonMapper json;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    String kind;
    List<Long> ids;

    @BeforeEach
    void threeEntries() {
        kind = "ghi_chu_" + KINDS.incrementAndGet();
        log.record("can-bo-a", TestChange.update(kind, "1", 9001L, null, QUOTED));
        log.record("can-bo-b", TestChange.update(kind, "2", 9002L, "cũ", "mới"));
        log.record("can-bo-a", TestChange.update(kind, "3", 9002L, "trước", "sau"));
        ids = new AuditRows(jdbc).where("entity_type = ?", kind).stream().map(AuditEvent::id)
                .sorted(Comparator.reverseOrder()).toList();
    }

    @Test
    void thePageListsEntriesNewestFirstInVietnamese() throws Exception {
        String page = page("entityType=" + kind);
        assertThat(rowIds(page)).hasSize(3).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(page).contains("Nhật ký thay đổi", "can-bo-a", "can-bo-b", "Sửa", "3 mục · trang 1/1",
                "Hộ nghèo &quot;Cam Tuyền&quot;, xã Cam Thành", "Nội dung:</span>", ">cũ</span>")
                .doesNotContain("{&quot;");
        assertThat(page).contains(
                "href=\"/admin/audit.csv?entityType=" + kind + "\"");
    }

    @Test
    void filtersByUserUnitAndRecordType() throws Exception {
        assertThat(rowIds(page("entityType=" + kind + "&actor=can-bo-a"))).containsExactly(ids.get(0), ids.get(2));
        assertThat(rowIds(page("entityType=" + kind + "&unitId=9002"))).containsExactly(ids.get(0), ids.get(1));
        assertThat(rowIds(page("entityType=" + kind + "&unitId=9002&actor=can-bo-b"))).containsExactly(ids.get(1));
        assertThat(rowIds(page("entityType=khong_co_loai_nay"))).isEmpty();
    }

    @Test
    void filtersByDaysBothIncluded() throws Exception {
        LocalDate today = LocalDate.now(clock);
        assertThat(rowIds(page("entityType=" + kind + "&from=" + today + "&to=" + today))).hasSize(3);
        assertThat(rowIds(page("entityType=" + kind + "&from=" + today.plusDays(1)))).isEmpty();
        assertThat(rowIds(page("entityType=" + kind + "&to=" + today.minusDays(1)))).isEmpty();
    }

    @Test
    void aMalformedFilterIsABadRequest() throws Exception {
        mvc.perform(get("/admin/audit").param("unitId", "abc")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/admin/audit").param("from", "31/06/2026")).andExpect(status().isUnprocessableContent());
    }

    @Test
    void pagesOfFiftyKeepTheFilter() throws Exception {
        for (int i = 0; i < AuditLog.PAGE_SIZE; i++) {
            log.record("can-bo-c", TestChange.update(kind, "n" + i, null, null, "lần " + i));
        }
        String first = page("entityType=" + kind);
        assertThat(rowIds(first)).hasSize(AuditLog.PAGE_SIZE);
        assertThat(first).contains("53 mục · trang 1/2", "href=\"/admin/audit?entityType=" + kind + "&amp;page=2\"");
        assertThat(first).contains("<span class=\"small text-muted page-of\">trang 1/2</span>", "rel=\"next\"");
        assertThat(rowIds(page("entityType=" + kind + "&page=2"))).containsExactlyElementsOf(ids);
        assertThat(rowIds(page("entityType=" + kind + "&page=7"))).as("a page past the last is the last")
                .containsExactlyElementsOf(ids);
    }

    @Test
    void csvHasAByteOrderMarkAHeaderAndTheRowsQuotedForExcel() throws Exception {
        byte[] body = mvc.perform(get("/admin/audit.csv").param("entityType", kind).param("actor", "can-bo-a"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment; filename=\"nhat-ky-")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n");

        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("Số thứ tự,Thời điểm,Người thực hiện,Hành động,Loại đối tượng,Mã đối tượng,"
                + "Đơn vị,Giá trị cũ,Giá trị mới");
        assertThat(lines[1]).startsWith(ids.get(0) + ",").endsWith(",can-bo-a,UPDATE," + kind
                + ",3,9002,\"{\"\"text\"\":\"\"trước\"\"}\",\"{\"\"text\"\":\"\"sau\"\"}\"");
        assertThat(lines[2]).startsWith(ids.get(2) + ",").endsWith(",can-bo-a,UPDATE," + kind
                + ",1,9001,,\"{\"\"text\"\":\"\"Hộ nghèo \\\"\"Cam Tuyền\\\"\", xã Cam Thành\"\"}\"");
    }

    @Test
    void theApiReturnsTheSameRowsAsJson() throws Exception {
        JsonNode page = api("entityType=" + kind + "&actor=can-bo-a");
        assertThat(page.findValues("id").stream().map(JsonNode::asLong).toList())
                .isEqualTo(rowIds(page("entityType=" + kind + "&actor=can-bo-a")));
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("pageSize").asInt()).isEqualTo(50);
        JsonNode newest = page.get("events").get(0);
        assertThat(newest.get("id").asLong()).isEqualTo(ids.get(0));
        assertThat(newest.get("actor").asString()).isEqualTo("can-bo-a");
        assertThat(newest.get("unitId").asLong()).isEqualTo(9002);
        assertThat(newest.get("oldValue").get("text").asString()).isEqualTo("trước");
        assertThat(page.get("events").get(1).get("newValue").get("text").asString()).isEqualTo(QUOTED);
        assertThat(page.get("events").get(1).get("oldValue").isNull()).isTrue();
    }

    @Test
    void theNavigationLinksTheLogForAdministrators() throws Exception {
        assertThat(page("entityType=" + kind)).contains("href=\"/admin/audit\"", ">Nhật ký</a>");
    }

    @Test
    @WithMockUser(username = "can-bo-xa", roles = "USER")
    void otherUsersNeitherSeeNorOpenTheLog() throws Exception {
        String page = mvc.perform(get("/programmes")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("/admin/audit");
        mvc.perform(get("/admin/audit")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit.csv")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/audit")).andExpect(status().isForbidden());
    }

    private String page(String query) throws Exception {
        return mvc.perform(get("/admin/audit?" + query)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private JsonNode api(String query) {
        try {
            return json.readTree(mvc.perform(get("/api/v1/admin/audit?" + query)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<Long> rowIds(String page) {
        return ROW_ID.matcher(page).results().map(m -> Long.parseLong(m.group(1))).toList();
    }
}

package vn.ansinh.apportionment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.RowCounts;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.targets.FigureVersions;
import vn.ansinh.units.Units;

/**
 * The apportionment page of the seed programme: a preview writes nothing; "Lưu" writes the shares
 * as targets, each change audited; among communes only an administrator confirms, among
 * organisations whoever writes that commune. Each test's writes are rolled back.
 */
@IntegrationTest
@Transactional
class ApportionmentPageTest {

    static final String PAGE = "/programmes/1/apportionment";
    static final String OFFICER = "phanbo.caman";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FigureVersions versions;
    @Autowired
    Units units;
    @Autowired
    UserAccounts accounts;

    long camAn;
    long camTuyen;

    @BeforeEach
    void setUp() {
        camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        camTuyen = units.byCode("QT.CL.TUYEN").orElseThrow().id();
        TestAccounts.ensure(accounts, OFFICER, Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camAn)));
    }

    @Test
    void theFormOffersTheTargetColumnsAndTheBasesOfTheTables() throws Exception {
        mvc.perform(get(PAGE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Biểu số 1, cột 6: giải quyết việc làm")))
                .andExpect(content().string(containsString("Biểu số 2, cột 8: Hộ giảm")))
                .andExpect(content().string(containsString("Biểu số 1 năm 2019, cột 3: Chưa có việc làm")))
                .andExpect(content().string(containsString("Biểu số 2 năm 2019, cột 2: Hộ nghèo")))
                .andExpect(content().string(containsString("Biểu số 2 năm 2019, cột 1: Tổng số (hộ)")))
                .andExpect(content().string(not(containsString("cột 3: Tỷ lệ"))));
    }

    @Test
    void aPreviewShowsBaseExactAndRoundedSharesAndWritesNothing() throws Exception {
        RowCounts before = RowCounts.of(jdbc);

        String page = mvc.perform(get(PAGE).param("mode", "communes").param("target", "bieu-1:6")
                .param("base", "bieu-1:3").param("whole", "1.200"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("199,13", "114,92", "1.200,00", "5.315", "Lưu");
        assertThat(cells(page)).containsSubsequence("Cam An", "882", "199,13", "199")
                .containsSubsequence("Cam Tuyền", "509", "114,92", "115")
                .containsSubsequence("Tổng cộng", "5.315", "1.200,00", "1.200");
        assertThat(RowCounts.of(jdbc).changesSince(before)).as("a preview writes nothing").isEmpty();
        assertThat(jobsCreated(camAn)).isEqualByComparingTo("215");
    }

    @Test
    void aNewTargetOrCommuneBringsItsOwnWholeAndAWholeUnlikeTheTablesIsAWarning() throws Exception {
        mvc.perform(get(PAGE).param("mode", "communes").param("target", "bieu-1:7").param("base", "equal")
                        .param("whole", "1.300").param("wholeFor", "communes:bieu-1:6"))
                .andExpect(content().string(containsString("id=\"whole\" name=\"whole\" inputmode=\"numeric\" required value=\"547\"")))
                .andExpect(content().string(containsString("Tổng cần chia đã lấy lại theo lựa chọn mới: 547 (số của biểu).")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"whole\" value=\"547\">")))
                .andExpect(content().string(not(containsString("id=\"whole-differs\""))));
        long camThuy = units.byCode("QT.CL.THUY").orElseThrow().id();
        mvc.perform(get(PAGE).param("mode", "organisations").param("table", "bieu-3").param("commune", Long.toString(camThuy))
                        .param("base", "equal").param("whole", "14").param("wholeFor", "organisations:bieu-3:" + camTuyen))
                .andExpect(content().string(containsString("data-confirm=\"Ghi 16 đã chia thành chỉ tiêu năm 2019?")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"whole\" value=\"16\">")));

        mvc.perform(get(PAGE).param("mode", "communes").param("target", "bieu-1:7").param("base", "equal")
                        .param("whole", "600").param("wholeFor", "communes:bieu-1:7"))
                .andExpect(content().string(containsString(
                        "Tổng cần chia 600 khác số của biểu (547): «Lưu» sẽ giao 600, không phải 547.")))
                .andExpect(content().string(containsString("data-confirm=\"Tổng cần chia 600 khác số của biểu (547).")));
    }

    @Test
    void confirmingWritesEveryCommunesTargetAndAuditsEachChange() throws Exception {
        long lastAudit = lastAudit();

        mvc.perform(post(PAGE + "/communes").param("target", "bieu-1:6").param("base", "bieu-1:3")
                .param("whole", "1200").param("version", version("communes", "bieu-1:6", "1200")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("saved", 9));

        assertThat(jobsCreated(camAn)).isEqualByComparingTo("199");
        assertThat(jobsCreated(camTuyen)).isEqualByComparingTo("115");
        assertThat(jdbc.sql("select sum(amount) from target t join indicator i on i.id = t.indicator_id"
                + " where i.code = 'JOBS_CREATED' and target_year = 2019 and unit_id <> ?")
                .param(units.byCode("QT.CL").orElseThrow().id()).query(Long.class).single()).isEqualTo(1200);
        List<String> audit = jdbc.sql("select action || ' ' || entity_type || ' ' || unit_id from audit_event where id > ?"
                + " order by id").param(lastAudit).query(String.class).list();
        assertThat(audit).hasSize(9).allMatch(entry -> entry.startsWith("UPDATE target "))
                .contains("UPDATE target " + camAn);
    }

    @Test
    void aCommuneOfficerPreviewsButCannotConfirmASplitAmongCommunes() throws Exception {
        RowCounts before = RowCounts.of(jdbc);

        mvc.perform(post(PAGE + "/communes").param("target", "bieu-1:6").param("base", "equal")
                .param("whole", "900").with(csrf()).with(user(OFFICER).roles("COMMUNE_OFFICER")))
                .andExpect(status().isForbidden());

        assertThat(RowCounts.of(jdbc).changesSince(before)).isEmpty();
    }

    @Test
    void aCommunesCommittedExitsSplitAmongOrganisationsByTheirTotals() throws Exception {
        // Cam Tuyền commits 14 exits (Biểu 2 column 8). By the organisations' totals 31, 22, 5, 3, 21 of 82:
        // quotas 5,29 · 3,76 · 0,85 · 0,51 · 3,59; whole parts 11, the 3 left to 0,85, 0,76 and 0,59.
        String page = mvc.perform(get(PAGE).param("mode", "organisations").param("table", "bieu-3")
                .param("commune", Long.toString(camTuyen)).param("base", "totals").param("whole", "14"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(cells(page)).containsSubsequence("Hội ND", "31", "5,29", "5", "Hội PN", "22", "3,76", "4",
                "Đoàn TN", "5", "0,85", "1", "Hội CCB", "3", "0,51", "0", "Hội CT+ khác", "21", "3,59", "4");
        String form = mvc.perform(get(PAGE).param("mode", "organisations").param("commune", Long.toString(camTuyen)))
                .andReturn().getResponse().getContentAsString();
        assertThat(form).as("the whole offered is the commune's committed exits").contains("value=\"14\"");
    }

    @Test
    void aCommuneOfficerSplitsTheirOwnCommunesExitsButNoOtherCommunes() throws Exception {
        mvc.perform(post(PAGE + "/organisations").param("table", "bieu-3").param("commune", Long.toString(camAn))
                .param("base", "equal").param("whole", "5").param("version", version("organisations", camAn, "5"))
                .with(csrf()).with(user(OFFICER).roles("COMMUNE_OFFICER")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("saved", 5));
        assertThat(sponsoredExits(camAn)).containsExactly(1L, 1L, 1L, 1L, 1L);

        RowCounts before = RowCounts.of(jdbc);
        mvc.perform(post(PAGE + "/organisations").param("table", "bieu-3").param("commune", Long.toString(camTuyen))
                .param("base", "equal").param("whole", "14").with(csrf()).with(user(OFFICER).roles("COMMUNE_OFFICER")))
                .andExpect(status().isForbidden());
        assertThat(RowCounts.of(jdbc).changesSince(before)).isEmpty();
        assertThat(sponsoredExits(camTuyen)).containsExactly(7L, 4L, 3L, 0L, 0L);
    }

    @Test
    void aRefusedSplitSaysWhyAndWritesNothing() throws Exception {
        RowCounts before = RowCounts.of(jdbc);

        mvc.perform(get(PAGE).param("target", "bieu-1:6").param("base", "bieu-1:3").param("whole", "-3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"whole-problem\">Tổng cần chia không được âm (-3).</div>")))
                .andExpect(content().string(containsString("value=\"-3\"")));
        mvc.perform(post(PAGE + "/communes").param("target", "bieu-1:6").param("base", "bieu-1:3")
                .param("whole", "mười").param("version", "0").with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString(
                        "id=\"whole-problem\">Tổng cần chia phải là một số nguyên, ví dụ 1.200 («mười»).</div>")))
                .andExpect(content().string(containsString("value=\"mười\"")))
                .andExpect(content().string(containsString("aria-describedby=\"whole-problem\"")))
                .andExpect(content().string(not(containsString("alert-danger"))));

        assertThat(RowCounts.of(jdbc).changesSince(before)).isEmpty();
    }

    @Test
    void aSaveOverFiguresChangedSinceThePreviewIsRefusedNamingWhoAndWhen() throws Exception {
        String read = version("communes", "bieu-1:6", "1200");
        TestAccounts.ensure(accounts, "phanbo.khac", Set.of(RoleAssignment.admin()));
        mvc.perform(post("/programmes/1/tables/bieu-1/units/" + camAn + "/edit").with(csrf())
                .with(user("phanbo.khac").roles("ADMIN")).param("version", String.valueOf(versions.of(camAn, 2019).number()))
                .param("values[6]", "300")).andExpect(status().is3xxRedirection());
        RowCounts before = RowCounts.of(jdbc);

        String page = mvc.perform(post(PAGE + "/communes").param("target", "bieu-1:6").param("base", "bieu-1:3")
                .param("whole", "1200").param("version", read).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Số liệu của các phần cần ghi vừa được phanbo.khac lưu lúc", "value=\"1200\"");
        assertThat(jobsCreated(camAn)).isEqualByComparingTo("300");
        assertThat(RowCounts.of(jdbc).changesSince(before)).isEmpty();
        mvc.perform(post(PAGE + "/communes").param("target", "bieu-1:6").param("base", "bieu-1:3")
                .param("whole", "1200").param("version", version("communes", "bieu-1:6", "1200")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jobsCreated(camAn)).isEqualByComparingTo("199");
    }

    @Test
    void aSaveWithoutTheVersionReadIsRefused() throws Exception {
        RowCounts before = RowCounts.of(jdbc);
        mvc.perform(post(PAGE + "/communes").param("target", "bieu-1:6").param("base", "bieu-1:3")
                .param("whole", "1200").with(csrf()))
                .andExpect(status().isUnprocessableContent());

        assertThat(RowCounts.of(jdbc).changesSince(before)).isEmpty();
    }

    /** The version «Lưu» carries on the preview of a split: of a target column, or of a commune's exits. */
    private String version(String mode, Object subject, String whole) throws Exception {
        var preview = get(PAGE).param("mode", mode).param("base", "communes".equals(mode) ? "bieu-1:3" : "equal")
                .param("whole", whole);
        preview = "communes".equals(mode) ? preview.param("target", subject.toString())
                : preview.param("table", "bieu-3").param("commune", subject.toString());
        String page = mvc.perform(preview).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertThat(version.find()).as("the preview's «Lưu» carries a version").isTrue();
        return version.group(1);
    }

    private java.math.BigDecimal jobsCreated(long unit) {
        return jdbc.sql("select amount from target t join indicator i on i.id = t.indicator_id where i.code = 'JOBS_CREATED'"
                + " and target_year = 2019 and unit_id = ?").param(unit).query(java.math.BigDecimal.class).single();
    }

    /** Biểu 3's five organisations' sponsored exits of a commune, in column order. */
    private List<Long> sponsoredExits(long unit) {
        return List.of("CL.HND", "CL.HPN", "CL.DTN", "CL.CCB", "CL.HCT-KHAC").stream()
                .map(code -> jdbc.sql("""
                        select t.amount from target t join indicator i on i.id = t.indicator_id
                        join partner_organisation o on o.id = t.organisation_id
                        where i.code = 'SPONSORED_EXITS' and t.target_year = 2019 and t.unit_id = ? and o.code = ?""")
                        .params(unit, code).query(java.math.BigDecimal.class).single().longValueExact())
                .toList();
    }

    private long lastAudit() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
    }

    /** The texts of the page's table cells, in order. */
    private static List<String> cells(String page) {
        return java.util.regex.Pattern.compile("<t[dh][^>]*>([^<]*)</t[dh]>").matcher(page).results()
                .map(m -> m.group(1).strip()).toList();
    }
}

package vn.ansinh.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;

/**
 * Two administrators edit the programme's text from the same reading: the second save is refused (409) naming the
 * first and when, shows the saved text beside what the second typed, keeps what was typed, and saving again is
 * the second's choice to put theirs over it. Each test rolls back.
 */
@IntegrationTest
@Transactional
class ProgrammeTextVersionTest {

    private static final String TITLE = "CHƯƠNG TRÌNH PHỐI HỢP\nTHỰC HIỆN KẾ HOẠCH NGÀNH LAO ĐỘNG –TB&XH NĂM 2019";

    @Autowired
    MockMvc mvc;
    @Autowired
    ProgrammeEditor editor;
    @Autowired
    Programmes programmes;

    @Test
    void aDocumentSavedMeanwhileIsNotOverwrittenAndBothVersionsAreShown() throws Exception {
        int read = editor.version(1).version();
        mvc.perform(document(read, "Mở đầu của chị Lan").with(user("lan.quantri").roles("ADMIN")))
                .andExpect(redirectedUrl("/programmes/1"));

        String page = HtmlUtils.htmlUnescape(mvc.perform(document(read, "Mở đầu của anh Bình"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString());

        assertThat(page).contains("Văn bản chương trình vừa được lan.quantri lưu lúc", "Mở đầu của chị Lan",
                ">Mở đầu của anh Bình</textarea>", "name=\"version\" value=\"" + (read + 1) + "\"", "Lưu bản của tôi");
        assertThat(preamble()).isEqualTo("Mở đầu của chị Lan");

        mvc.perform(document(read + 1, "Mở đầu của anh Bình")).andExpect(redirectedUrl("/programmes/1"));
        assertThat(preamble()).isEqualTo("Mở đầu của anh Bình");
        assertThat(editor.version(1).changedBy()).isEqualTo("quantri-test");
    }

    @Test
    void aSectionSavedOverANewerTextIsRefusedNamingWhoAndWhen() throws Exception {
        int read = editor.version(1).version();
        mvc.perform(post("/programmes/1/signatories/edit").with(csrf()).with(user("lan.quantri").roles("ADMIN"))
                .param("version", String.valueOf(read)).param("organisationId", organisation(0))
                .param("label", "UBND HUYỆN")).andExpect(redirectedUrl("/programmes/1"));

        String page = HtmlUtils.htmlUnescape(mvc.perform(post("/programmes/1/sections/3-2/edit").with(csrf())
                .param("version", String.valueOf(read)).param("heading", "2. Lao động – việc làm (anh Bình)")
                .param("kind", "TARGETS").param("domain", "LABOUR").param("paragraphs", "- Một đoạn mới."))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString());

        assertThat(page).contains("vừa được lan.quantri lưu lúc", "value=\"2. Lao động – việc làm (anh Bình)\"",
                ">- Một đoạn mới.</textarea>", "Chỉ tiêu");
        assertThat(editor.section(1, "3-2").orElseThrow().heading()).isEqualTo("2. Lao động -việc làm- dạy nghề:");
    }

    @Test
    void aWrongSignatoryIsSaidBesideItsRowAndEveryRowIsKeptAsTyped() throws Exception {
        String page = HtmlUtils.htmlUnescape(mvc.perform(post("/programmes/1/signatories/edit").with(csrf())
                .param("version", String.valueOf(editor.version(1).version()))
                .param("organisationId", organisation(0), "", organisation(2))
                .param("label", "UBND HUYỆN CAM LỘ", "HỘI NÔNG DÂN", " "))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());

        assertThat(page).contains("id=\"organisation1-problem\"", "Hãy chọn tổ chức ký.", "id=\"label2-problem\"",
                "value=\"UBND HUYỆN CAM LỘ\"", "value=\"HỘI NÔNG DÂN\"", "Có mục chưa đúng");
        assertThat(page).containsPattern("value=\"" + organisation(2) + "\"\\s+selected");
        assertThat(programmes.text(1, AccessScope.everything()).orElseThrow().signatories()).hasSize(16);
    }

    @Test
    void anOrganisationThatIsNoNumberIsRefusedBesideItsFieldNotAnsweredWithAServerError() throws Exception {
        mvc.perform(post("/programmes/1/signatories/edit").with(csrf())
                .param("version", String.valueOf(editor.version(1).version()))
                .param("organisationId", "1 OR 1=1").param("label", "UBND HUYỆN"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("organisation0-problem")));
    }

    @Test
    void theApiAnswersAStaleWriteWith409InTheProblemShape() throws Exception {
        int read = editor.version(1).version();
        mvc.perform(get("/api/v1/programmes/1/document")).andExpect(jsonPath("$.version").value(read));
        mvc.perform(apiPut(read, "Mở đầu qua API").with(user("lan.quantri").roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(read + 1))
                .andExpect(jsonPath("$.preamble").value("Mở đầu qua API"));

        mvc.perform(apiPut(read, "Bản cũ"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.code").value("programme.edit.conflict"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "Văn bản chương trình vừa được lan.quantri lưu lúc")))
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(preamble()).isEqualTo("Mở đầu qua API");
    }

    @Test
    void theApiSaysAWrongFieldAs422WithTheField() throws Exception {
        mvc.perform(put("/api/v1/programmes/1/document").contentType(MediaType.APPLICATION_JSON)
                .content("{\"symbol\":\"CTrPH–UBND\",\"year\":2019,\"title\":\" \",\"version\":"
                        + editor.version(1).version() + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        mvc.perform(get("/api/v1/programmes/1/document").with(user("x").roles("COMMUNE_OFFICER")))
                .andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder document(int version, String preamble) {
        return post("/programmes/1/edit").with(csrf()).param("version", String.valueOf(version))
                .param("number", "15").param("symbol", "CTrPH–UBND").param("day", "20").param("month", "2")
                .param("year", "2019").param("title", TITLE).param("preamble", preamble)
                .param("recipients", "Sở LĐ-TB&XH;\nLưu: VT.");
    }

    private MockHttpServletRequestBuilder apiPut(int version, String preamble) {
        return put("/api/v1/programmes/1/document").contentType(MediaType.APPLICATION_JSON)
                .content("{\"number\":\"15\",\"symbol\":\"CTrPH–UBND\",\"day\":20,\"month\":2,\"year\":2019,"
                        + "\"title\":\"CHƯƠNG TRÌNH PHỐI HỢP\",\"preamble\":\"" + preamble + "\",\"version\":" + version + "}");
    }

    private String preamble() {
        return programmes.byId(1, AccessScope.everything()).orElseThrow().preamble();
    }

    private String organisation(int position) {
        List<Signatory> signatories = editor.signatories(1);
        return String.valueOf(signatories.get(position).organisationId());
    }
}

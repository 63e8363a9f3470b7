package vn.ansinh.apportionment;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.RowCounts;

/** POST /api/v1/apportionment: the whole and the bases in, the shares out; refusals are 400 in Vietnamese. */
@IntegrationTest
class ApportionmentApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void splitsTwelveHundredJobsByNotEmployedWorkersAndWritesNothing() throws Exception {
        RowCounts before = RowCounts.of(jdbc);
        mvc.perform(post("/api/v1/apportionment").contentType(MediaType.APPLICATION_JSON).content("""
                {"whole": 1200, "bases": {"Cam An": 882, "Cam Thanh": 309, "Cam Thủy": 808, "Cam Hiếu": 449,
                 "Cam Tuyền": 509, "Cam Thành": 618, "Cam Chính": 313, "Cam Nghĩa": 623, "TT Cam Lộ": 804}}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.whole").value(1200))
                .andExpect(jsonPath("$.baseTotal").value(5315))
                .andExpect(jsonPath("$.equal").value(false))
                .andExpect(jsonPath("$.parts[0].name").value("Cam An"))
                .andExpect(jsonPath("$.parts[0].base").value(882))
                .andExpect(jsonPath("$.parts[0].exactShare").value(199.13))
                .andExpect(jsonPath("$.parts[0].share").value(199))
                .andExpect(jsonPath("$.parts[4].name").value("Cam Tuyền"))
                .andExpect(jsonPath("$.parts[4].exactShare").value(114.92))
                .andExpect(jsonPath("$.parts[4].share").value(115))
                .andExpect(jsonPath("$.parts[*].share").value(org.hamcrest.Matchers.contains(
                        199, 70, 182, 101, 115, 140, 71, 141, 181)));
        assertThat(RowCounts.of(jdbc).changesSince(before)).as("nothing written, not even an audit entry").isEmpty();
    }

    @Test
    void zeroBasesSplitEqually() throws Exception {
        mvc.perform(post("/api/v1/apportionment").contentType(MediaType.APPLICATION_JSON)
                .content("{\"whole\": 7, \"bases\": {\"Hội ND\": 0, \"Hội PN\": 0, \"Đoàn TN\": 0}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.equal").value(true))
                .andExpect(jsonPath("$.parts[*].share").value(org.hamcrest.Matchers.contains(3, 2, 2)))
                .andExpect(jsonPath("$.parts[0].exactShare").value(2.33));
    }

    @Test
    void aNegativeBaseIsA422WithAVietnameseMessage() throws Exception {
        mvc.perform(post("/api/v1/apportionment").contentType(MediaType.APPLICATION_JSON)
                .content("{\"whole\": 10, \"bases\": {\"Cam An\": 3, \"Cam Thanh\": -2}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("apportionment.base.negative"))
                .andExpect(jsonPath("$.detail").value("Căn cứ của «Cam Thanh» không được âm (-2)."));
    }

    @Test
    void aNegativeOrMissingWholeOrUnreadableBodyIsA422() throws Exception {
        mvc.perform(post("/api/v1/apportionment").contentType(MediaType.APPLICATION_JSON)
                .content("{\"whole\": -5, \"bases\": {\"Cam An\": 3}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Tổng cần chia không được âm (-5)."));
        mvc.perform(post("/api/v1/apportionment").contentType(MediaType.APPLICATION_JSON)
                .content("{\"bases\": {\"Cam An\": 3}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("apportionment.whole.missing"));
        mvc.perform(post("/api/v1/apportionment").contentType(MediaType.APPLICATION_JSON).content("{\"whole\": 5, \"bases\": {}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("apportionment.parts.none"));
        mvc.perform(post("/api/v1/apportionment").contentType(MediaType.APPLICATION_JSON).content("{\"whole\": \"năm\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("api.problem.unreadable"));
    }

    @Test
    void theMessageIsInEnglishWhenAsked() throws Exception {
        mvc.perform(post("/api/v1/apportionment?lang=en").contentType(MediaType.APPLICATION_JSON)
                .content("{\"whole\": -5, \"bases\": {\"Cam An\": 3}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("The whole must not be negative (-5)."));
    }
}

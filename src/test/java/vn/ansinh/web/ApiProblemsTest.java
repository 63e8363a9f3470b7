package vn.ansinh.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SeedOfYear;
import vn.ansinh.units.Units;

/**
 * Every kind of refusal of the API, across modules, in one RFC 9457 shape with one status per kind: not signed
 * in 401, not allowed 403, not found 404, invalid input 422 (fields listed under errors), conflict 409 — the
 * detail in the user's language, and no exception's name anywhere. (Too large, 413: UploadLimitTest.)
 */
@IntegrationTest
class ApiProblemsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProgrammeImporter importer;

    @Test
    void notSignedInAndNotAllowedAreProblemsToo() throws Exception {
        problem(get("/api/v1/programmes").with(anonymous()), 401, "Chưa đăng nhập");
        problem(post("/api/v1/programmes/1/next-year").param("year", "2020").with(user("lanhdao").roles("VIEWER")), 403,
                "Không được phép");
    }

    @Test
    void whatIsNotThereIsA404InEveryModule() throws Exception {
        problem(get("/api/v1/households/987654321"), 404, "Không tìm thấy");
        problem(get("/api/v1/reports/987654321"), 404, "Không tìm thấy");
        problem(get("/api/v1/programmes/987654321/dashboard"), 404, "Không tìm thấy");
        problem(get("/api/v1/programmes/987654321/progress"), 404, "Không tìm thấy");
        problem(get("/api/v1/programmes/1/tables/bieu-9"), 404, "Không tìm thấy");
    }

    @Test
    void invalidInputIsA422InEveryModuleWithItsFieldsListed() throws Exception {
        problem(json(post("/api/v1/apportionment"), "{\"whole\": 10, \"bases\": {\"Cam An\": -2}}"), 422, "Dữ liệu chưa đúng")
                .andExpect(jsonPath("$.detail").value("Căn cứ của «Cam An» không được âm (-2)."));
        problem(json(post("/api/v1/poverty/classify"), "{\"year\": 2024, \"area\": \"RURAL\", \"incomePerPerson\": 1000000, "
                + "\"deprivations\": [\"NUOC\"]}"), 422, "Dữ liệu chưa đúng")
                .andExpect(jsonPath("$.errors[0].field").value("deprivations"));
        long camThuy = units.byCode("QT.CL.THUY").orElseThrow().id();
        problem(json(post("/api/v1/households"), ("{\"unitId\": %d, \"code\": \"APIP-1\", \"headName\": \"Hồ Thị Lan\", "
                + "\"area\": \"RURAL\", \"members\": [{\"fullName\": \"Hồ Thị Lan\", \"sex\": \"F\", \"relation\": \"Chủ hộ\", "
                + "\"citizenId\": \"12-34\"}]}").formatted(camThuy)), 422, "Dữ liệu chưa đúng")
                .andExpect(jsonPath("$.errors[*].field", contains("members[0].citizenId")));
        long camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        problem(json(put("/api/v1/labour/counts/" + camAn + "/JOB_PLACEMENT/2019/13"), "{\"amount\": 5}"), 422,
                "Dữ liệu chưa đúng");
        problem(get("/api/v1/labour/working-age").param("sex", "F"), 422, "Dữ liệu chưa đúng")
                .andExpect(jsonPath("$.errors[0].field").value("birthDate"));
        problem(json(post("/api/v1/reports/1/submit"), "{}"), 422, "Dữ liệu chưa đúng")
                .andExpect(jsonPath("$.code").value("report.request.version"));
        problem(json(post("/api/v1/apportionment"), "{\"whole\": \"năm\""), 422, "Dữ liệu chưa đúng")
                .andExpect(jsonPath("$.code").value("api.problem.unreadable"));
    }

    @Test
    void aStepTheStateDoesNotAllowIsA409() throws Exception {
        long programme = SeedOfYear.of(jdbc, importer, 2035).programmeId();
        long period = JsonPath.<Number>read(mvc.perform(get("/api/v1/programmes/" + programme + "/periods"))
                .andReturn().getResponse().getContentAsString(), "$[0].id").longValue();
        long camLo = units.byCode("QT.CL.TT").orElseThrow().id();
        String opened = mvc.perform(json(post("/api/v1/reports"), "{\"periodId\": %d, \"unitId\": %d}".formatted(period, camLo)))
                .andReturn().getResponse().getContentAsString();
        long report = JsonPath.<Number>read(opened, "$.id").longValue();
        int version = JsonPath.<Number>read(opened, "$.version").intValue();
        problem(json(post("/api/v1/reports/" + report + "/approve"), "{\"version\": %d}".formatted(version)), 409, "Xung đột")
                .andExpect(jsonPath("$.detail").value(containsString("nên không duyệt được")));
        problem(json(put("/api/v1/reports/" + report), "{\"version\": %d}".formatted(version + 7)), 409, "Xung đột")
                .andExpect(jsonPath("$.code").value("report.conflict"));
        mvc.perform(json(post("/api/v1/programmes/1/next-year").param("year", "2021"), "{}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.title").value("Dữ liệu chưa đúng"));
    }

    @Test
    void theTitleAndDetailAreInTheUsersLanguage() throws Exception {
        problem(get("/api/v1/households/987654321").param("lang", "en"), 404, "Not found")
                .andExpect(jsonPath("$.detail").value("There is no such item, or you may not see it."));
    }

    /** One shape: type, title, status, detail, instance and code; the status of its kind; no exception's name. */
    private ResultActions problem(MockHttpServletRequestBuilder request, int status, String title) throws Exception {
        return mvc.perform(request).andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("about:blank"))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.detail").isString())
                .andExpect(jsonPath("$.instance").isString())
                .andExpect(jsonPath("$.code").isString())
                .andExpect(jsonPath("$.message").doesNotExist())
                .andExpect(jsonPath("$.problems").doesNotExist())
                .andExpect(content().string(not(containsString("Exception"))));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}

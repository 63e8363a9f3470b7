package vn.ansinh.intake;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.support.IntegrationTest;

/** A user's programme file goes through the same import as the seed: dry run, then all or nothing. */
@IntegrationTest
class ProgrammeFileApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aValidFileWhosePrintedFiguresDisagreeIsSaidInAmberNotPlainlyValid() throws Exception {
        MockMultipartFile file = file("cam-lo-2032.yaml", seed().replace("  year: 2019\n", "  year: 2032\n"));
        mvc.perform(multipart("/api/v1/programme-files").file(file).param("dryRun", "true"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.disagreements").value(
                        org.hamcrest.Matchers.greaterThan(0)));
        String page = mvc.perform(multipart("/imports/programme").file(file)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page).contains("alert-warning", "Tệp cam-lo-2032.yaml hợp lệ nhưng có")
                .doesNotContain("hợp lệ. Nếu nạp sẽ tạo");
    }

    @Test
    void aCellThatBreaksTwoRulesCountsOnceAmongTheDisagreements() throws Exception {
        // The seed disagrees in 7 places. Cam Tuyền's Hội ND made 8 (was 7) adds: its printed «Tổng cộng» 14
        // (rows give 15, Biểu 2 commits 14: two rules, one cell), the totals of columns 1 and 6 (column 6's
        // 83 also unlike Biểu 2's 82: one cell again) and the text's «31» and «82» of Biểu 3 — 7 + 5 places.
        String changed = seed().replace("  year: 2019\n", "  year: 2033\n")
                .replace("[\"1\", \"Xã Cam Tuyền\", 7, 4,", "[\"1\", \"Xã Cam Tuyền\", 8, 4,");
        mvc.perform(multipart("/api/v1/programme-files").file(file("cam-lo-2033.yaml", changed)).param("dryRun", "true"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.disagreements").value(12));
    }

    @Test
    void dryRunCountsWithoutWritingThenImportCreatesTheProgramme() throws Exception {
        MockMultipartFile file = file("cam-lo-2031.yaml", seed().replace("  year: 2019\n", "  year: 2031\n"));
        mvc.perform(multipart("/api/v1/programme-files").file(file).param("dryRun", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.succeeded").value(true))
                .andExpect(jsonPath("$.programmeId").doesNotExist())
                .andExpect(jsonPath("$.created.tables").value(3))
                .andExpect(jsonPath("$.created.units").value(0));
        mvc.perform(get("/api/v1/programmes")).andExpect(content().string(org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.containsString("\"year\":2031"))));

        mvc.perform(multipart("/api/v1/programme-files").file(file).param("dryRun", "false"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.programmeId").isNumber());
        mvc.perform(get("/api/v1/programmes")).andExpect(jsonPath("$[?(@.year == 2031)]", hasSize(1)));
    }

    @Test
    void brokenFileIsRefusedWithEveryErrorNamed() throws Exception {
        String broken = seed().replace("  year: 2019\n", "  year: 2032\n")
                .replace("\"Cam Tuyền\", \"1.411\", \"140\"", "\"Cam Tuyền\", \"1.411\", \"14o\"");
        int line = lineOf(broken, "\"14o\"");
        mvc.perform(multipart("/api/v1/programme-files").file(file("sai.yaml", broken)).param("dryRun", "false"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.succeeded").value(false))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].line").value(line))
                .andExpect(jsonPath("$.errors[0].code").value("intake.number.invalid"))
                .andExpect(jsonPath("$.errors[0].field").value("2 – Hộ nghèo"))
                .andExpect(jsonPath("$.errors[0].description").value(startsWith("sai.yaml, dòng " + line + ", tables[2].rows[1]")));
        mvc.perform(get("/api/v1/programmes")).andExpect(content().string(org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.containsString("\"year\":2032"))));
    }

    @Test
    void importPageShowsErrorsInVietnamese() throws Exception {
        String page = mvc.perform(multipart("/imports/programme").file(file("sai.yaml", "format: khac\n")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page).contains("Tệp sai.yaml có", "không được hỗ trợ", "tệp không có gì để nạp");
    }

    private static int lineOf(String text, String fragment) {
        return text.substring(0, text.indexOf(fragment)).split("\n", -1).length;
    }

    private static MockMultipartFile file(String name, String content) {
        return new MockMultipartFile("file", name, "application/yaml", content.getBytes(StandardCharsets.UTF_8));
    }

    private static String seed() throws IOException {
        try (InputStream in = ProgrammeFileApiTest.class.getResourceAsStream("/seed/cam-lo-2019.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

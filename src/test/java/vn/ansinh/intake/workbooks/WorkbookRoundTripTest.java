package vn.ansinh.intake.workbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.ansinh.support.IntegrationTest;

@IntegrationTest
class WorkbookRoundTripTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"bieu-1", "bieu-2", "bieu-3"})
    void smoke(String code) throws Exception {
        byte[] xlsx = mvc.perform(get("/programmes/1/tables/" + code + ".xlsx")).andReturn().getResponse().getContentAsByteArray();
        String json = mvc.perform(multipart("/api/v1/programmes/1/imports").file(new MockMultipartFile("file", code + ".xlsx",
                "application/octet-stream", xlsx)).param("dryRun", "true")).andReturn().getResponse().getContentAsString();
        System.out.println(json);
        assertThat(JsonPath.<Boolean>read(json, "$.succeeded")).isTrue();
    }
}

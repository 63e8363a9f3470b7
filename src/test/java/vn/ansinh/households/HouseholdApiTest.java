package vn.ansinh.households;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.ansinh.support.IntegrationTest;
import vn.ansinh.units.Units;

/** The registry's API: register, read with history, record a status; problems by field; 404 outside the scope. */
@IntegrationTest
class HouseholdApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Units units;

    @Test
    void aHouseholdIsRegisteredGivenAStatusAndReadWithItsHistory() throws Exception {
        long camThuy = units.byCode("QT.CL.THUY").orElseThrow().id();
        String created = mvc.perform(post("/api/v1/households").contentType(MediaType.APPLICATION_JSON).content("""
                {"unitId": %d, "code": "API-01", "village": "Thôn Tân Hiệp", "headName": "Hồ Văn Sơn",
                 "area": "RURAL", "phone": "0905 111 222",
                 "members": [{"fullName": "Hồ Văn Sơn", "sex": "M", "birthDate": "1960-05-02", "relation": "Chủ hộ",
                              "citizenId": "045060001234", "disability": false, "healthInsurance": true}]}
                """.formatted(camThuy))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.phone").value("0905111222")).andReturn().getResponse().getContentAsString();
        long id = JsonPath.<Number>read(created, "$.id").longValue();

        mvc.perform(put("/api/v1/households/" + id + "/statuses/2092").contentType(MediaType.APPLICATION_JSON)
                .content("{\"classification\": \"POOR\", \"category\": \"CANNOT_EXIT\", \"reason\": \"CHRONIC_ILLNESS\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.year").value(2092));

        mvc.perform(get("/api/v1/households/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.members[0].citizenId").value("045060001234"))
                .andExpect(jsonPath("$.history", hasSize(1)))
                .andExpect(jsonPath("$.history[0].reason").value("CHRONIC_ILLNESS"));
        mvc.perform(get("/api/v1/households").param("unit", String.valueOf(units.byCode("QT.CL").orElseThrow().id()))
                .param("year", "2092")).andExpect(status().isOk())
                .andExpect(jsonPath("$.households[?(@.code == 'API-01')].status.classification").value("POOR"));
    }

    @Test
    void problemsAreNamedByField() throws Exception {
        long camThuy = units.byCode("QT.CL.THUY").orElseThrow().id();
        mvc.perform(post("/api/v1/households").contentType(MediaType.APPLICATION_JSON).content("""
                {"unitId": %d, "code": "API-02", "headName": "Hồ Thị Lan", "area": "RURAL",
                 "members": [{"fullName": "Hồ Thị Lan", "sex": "F", "relation": "Chủ hộ", "citizenId": "12-34"}]}
                """.formatted(camThuy))).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems['members[0].citizenId']")
                        .value("«12-34» không phải số CCCD (12 chữ số) hoặc CMND (9 chữ số)"));
    }

    @Test
    @WithMockUser(username = "khong-pham-vi", roles = "OFFICER")
    void outsideTheScopeThereIsNoHousehold() throws Exception {
        long camThuy = units.byCode("QT.CL.THUY").orElseThrow().id();
        mvc.perform(post("/api/v1/households").contentType(MediaType.APPLICATION_JSON).content("""
                {"unitId": %d, "code": "API-03", "headName": "Hồ Văn A", "area": "RURAL",
                 "members": [{"fullName": "Hồ Văn A", "sex": "M", "relation": "Chủ hộ"}]}
                """.formatted(camThuy))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/households/1")).andExpect(status().isNotFound());
    }
}

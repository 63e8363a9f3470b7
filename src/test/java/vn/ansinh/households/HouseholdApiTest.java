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
                .andExpect(jsonPath("$.members[0].citizenId").value("********1234"));
        mvc.perform(get("/api/v1/households/" + id).param("purpose", "POVERTY_REVIEW")).andExpect(status().isOk())
                .andExpect(jsonPath("$.members[0].citizenId").value("045060001234"))
                .andExpect(jsonPath("$.history", hasSize(1)))
                .andExpect(jsonPath("$.history[0].reason").value("CHRONIC_ILLNESS"));
        mvc.perform(get("/api/v1/households").param("unit", String.valueOf(camThuy)).param("limit", "1000")
                .param("year", "2092")).andExpect(status().isOk())
                .andExpect(jsonPath("$.households[?(@.code == 'API-01')].status.classification").value("POOR"));
    }

    @Test
    void aReviewRoundTakesOutcomesAndRefusesWhatDoesNotFit() throws Exception {
        long camHieu = units.byCode("QT.CL.HIEU").orElseThrow().id();
        String created = mvc.perform(post("/api/v1/households").contentType(MediaType.APPLICATION_JSON).content("""
                {"unitId": %d, "code": "API-R1", "headName": "Lê Văn Tư", "area": "RURAL",
                 "members": [{"fullName": "Lê Văn Tư", "sex": "M", "relation": "Chủ hộ"}]}
                """.formatted(camHieu))).andReturn().getResponse().getContentAsString();
        long household = JsonPath.<Number>read(created, "$.id").longValue();
        mvc.perform(put("/api/v1/households/" + household + "/statuses/2089").contentType(MediaType.APPLICATION_JSON)
                .content("{\"classification\": \"NOT_POOR\"}")).andExpect(status().isOk());
        String round = mvc.perform(post("/api/v1/reviews").contentType(MediaType.APPLICATION_JSON)
                .content("{\"unitId\": %d, \"year\": 2089}".formatted(camHieu)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = JsonPath.<Number>read(round, "$.id").longValue();

        mvc.perform(post("/api/v1/reviews/" + id + "/outcomes").contentType(MediaType.APPLICATION_JSON)
                .content("{\"householdId\": %d, \"outcome\": \"STAYS_POOR\", \"date\": \"2089-11-02\"}".formatted(household)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(
                        "hộ API-R1 không phải hộ nghèo năm 2089: chỉ hộ nghèo mới tiếp tục nghèo, thoát nghèo hoặc thành hộ cận nghèo"));
        mvc.perform(post("/api/v1/reviews/" + id + "/outcomes").contentType(MediaType.APPLICATION_JSON)
                .content(("{\"householdId\": %d, \"outcome\": \"NEW_POOR\", \"date\": \"2089-11-02\", "
                        + "\"decisionRef\": \"QĐ 7/QĐ-UBND\", \"categoryAfter\": \"CAN_EXIT\"}").formatted(household)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/reviews/" + id + "/close").contentType(MediaType.APPLICATION_JSON)
                .content("{\"decisionRef\": \"QĐ 9/QĐ-UBND\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.outcomes", hasSize(1)));
        mvc.perform(get("/api/v1/households/" + household + "/reviews"))
                .andExpect(jsonPath("$[0].outcome").value("NEW_POOR")).andExpect(jsonPath("$[0].decisionRef").value("QĐ 7/QĐ-UBND"));
        mvc.perform(get("/api/v1/households/" + household)).andExpect(jsonPath("$.history[1].year").value(2090))
                .andExpect(jsonPath("$.history[1].classification").value("POOR"));
        mvc.perform(post("/api/v1/reviews").contentType(MediaType.APPLICATION_JSON)
                .content("{\"unitId\": %d, \"year\": 2089}".formatted(camHieu))).andExpect(status().isConflict());
    }

    @Test
    void problemsAreNamedByField() throws Exception {
        long camThuy = units.byCode("QT.CL.THUY").orElseThrow().id();
        mvc.perform(post("/api/v1/households").contentType(MediaType.APPLICATION_JSON).content("""
                {"unitId": %d, "code": "API-02", "headName": "Hồ Thị Lan", "area": "RURAL",
                 "members": [{"fullName": "Hồ Thị Lan", "sex": "F", "relation": "Chủ hộ", "citizenId": "12-34"}]}
                """.formatted(camThuy))).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'members[0].citizenId')].message")
                        .value(org.hamcrest.Matchers.contains("«12-34» không phải số CCCD (12 chữ số) hoặc CMND (9 chữ số)")));
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

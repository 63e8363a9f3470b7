package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.support.IntegrationTest;

/**
 * Pages, downloads and the API take the signed-in user's scope. Until users have role
 * assignments a signed-in user who is not an administrator has an empty scope: no programme
 * is listed, and every programme is 404, as if it did not exist (not 403: its id stays unknown).
 */
@IntegrationTest
class ScopedWebTest {

    private static final String[] PROGRAMME_URLS = {
        "/api/v1/programmes/1", "/api/v1/programmes/1/tables/bieu-1", "/api/v1/programmes/1/findings",
        "/programmes/1", "/programmes/1/tables", "/programmes/1/tables/fragment", "/programmes/1/tables/bieu-1",
        "/programmes/1/tables/bieu-1.xlsx", "/programmes/1/findings"};

    @Autowired
    MockMvc mvc;

    @Test
    @WithMockUser(username = "xa-cam-an", roles = "OFFICER")
    void aUserWithoutAScopeIsListedNoProgramme() throws Exception {
        mvc.perform(get("/api/v1/programmes")).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/").accept(MediaType.TEXT_HTML)).andExpect(status().isOk()).andExpect(view().name("programme/none"));
        String list = mvc.perform(get("/programmes").accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("/programmes/1\"");
    }

    @Test
    @WithMockUser(username = "xa-cam-an", roles = "OFFICER")
    void everyPageDownloadAndApiCallOfAProgrammeOutsideTheScopeIsNotFound() throws Exception {
        for (String url : PROGRAMME_URLS) {
            mvc.perform(get(url)).andExpect(status().isNotFound());
        }
    }

    @Test
    void anAdministratorReadsEveryProgrammeWhole() throws Exception {
        for (String url : PROGRAMME_URLS) {
            mvc.perform(get(url)).andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/programmes/1/tables/bieu-3"))
                .andExpect(jsonPath("$.complete").value(true))
                .andExpect(jsonPath("$.columns", hasSize(8)))
                .andExpect(jsonPath("$.total.printed.6").value(82));
    }

    @Test
    void theApiDescriptionDoesNotOfferTheScopeAsARequestParameter() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(docs).doesNotContain("readableUnits").doesNotContain("\"scope\"");
    }
}

package vn.ansinh.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.partners.Partners;
import vn.ansinh.support.SignedOutIntegrationTest;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.units.Units;

/**
 * A labour or household write by someone who may not write the commune is refused as a problem (404: the
 * commune is not theirs to name; 403 where the role writes nothing at all) — never a server error.
 */
@SignedOutIntegrationTest
class ApiWriteRefusalsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Units units;
    @Autowired
    Partners partners;

    long camAn;
    long camThuy;

    @BeforeEach
    void users() {
        camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        camThuy = units.byCode("QT.CL.THUY").orElseThrow().id();
        long district = units.byCode("QT.CL").orElseThrow().id();
        TestAccounts.ensure(accounts, "refusals.viewer", Set.of(RoleAssignment.ofUnit(Role.VIEWER, district)));
        TestAccounts.ensure(accounts, "refusals.caman", Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camAn)));
        long organisation = partners.all().get(0).id();
        TestAccounts.ensure(accounts, "refusals.org", Set.of(RoleAssignment.ofOrganisation(organisation)));
    }

    @Test
    void aPersonAddedOutsideTheWritersCommunesIsRefusedAsAProblem() throws Exception {
        String person = """
                {"unitId": %d, "fullName": "Lê Văn Một", "sex": "M", "birthDate": "1990-01-01", "employed": true,
                 "training": "UNTRAINED"}""";
        for (String user : new String[] {"refusals.viewer", "refusals.org", "refusals.caman"}) {
            refused(post("/api/v1/labour/persons").content(person.formatted(camThuy)), user);
        }
    }

    @Test
    void householdAndLabourWritesOutsideTheWritersCommunesAreRefusedAsProblems() throws Exception {
        String household = """
                {"unitId": %d, "code": "REF-1", "village": "Thôn 1", "members": [{"fullName": "Lê Văn Một",
                 "sex": "M", "birthDate": "1990-01-01", "relation": "Chủ hộ"}]}""".formatted(camThuy);
        String record = """
                {"unitId": %d, "kind": "JOB_PLACEMENT", "fullName": "Lê Văn Một", "date": "2019-03-01"}""".formatted(camThuy);
        for (String user : new String[] {"refusals.viewer", "refusals.org", "refusals.caman"}) {
            refused(post("/api/v1/households").content(household), user);
            refused(post("/api/v1/labour/records").content(record), user);
            refused(put("/api/v1/labour/counts/" + camThuy + "/JOB_PLACEMENT/2019/3").content("{\"amount\": 3}"), user);
        }
    }

    private void refused(MockHttpServletRequestBuilder request, String user) throws Exception {
        mvc.perform(request.contentType(MediaType.APPLICATION_JSON)
                        .with(httpBasic(user, TestAccounts.ensure(accounts, user, Set.of()))))
                .andExpect(status().is4xxClientError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").exists());
    }

    @Test
    void aWriteWithoutAContentTypeIsRefusedAsAProblemToo() throws Exception {
        for (String user : new String[] {"refusals.viewer", "refusals.caman"}) {
            mvc.perform(post("/api/v1/labour/persons").content("{\"unitId\": " + camThuy + "}")
                            .with(httpBasic(user, TestAccounts.ensure(accounts, user, Set.of()))))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("api.problem.unreadable"));
        }
    }
}

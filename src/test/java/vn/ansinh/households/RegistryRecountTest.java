package vn.ansinh.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ansinh.support.SeedScopes.CAM_AN;

import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.ansinh.partners.Partners;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SeedScopes;
import vn.ansinh.units.Units;

/**
 * A kept count that drifted from the households (6 poor where the households say 1) is found by the recount
 * an administrator runs — on the page or through the API — set to the recount, and the repair audited.
 */
@IntegrationTest
class RegistryRecountTest {

    @Autowired
    HouseholdRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Units units;
    @Autowired
    Partners partners;

    long camAn;

    @BeforeEach
    void setUp() {
        camAn = new SeedScopes(units, partners).unit(CAM_AN);
    }

    @Test
    void theApiRepairsADriftedCountAndAuditsIt() throws Exception {
        int year = 2096;
        drift(year);

        mvc.perform(post("/api/v1/admin/registry-counts/recount")).andExpect(status().isOk())
                .andExpect(jsonPath("$.repaired[?(@.year == 2096 && @.measure == 'POOR')].kept").value(Matchers.contains(6)))
                .andExpect(jsonPath("$.repaired[?(@.year == 2096 && @.measure == 'POOR')].counted").value(Matchers.contains(1)));

        assertThat(poor(year)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'registry_count' and entity_id = :id")
                .param("id", camAn + "/" + year + "/POOR").query(Long.class).single()).isEqualTo(1);
        mvc.perform(post("/api/v1/admin/registry-counts/recount")).andExpect(status().isOk())
                .andExpect(jsonPath("$.repaired[?(@.year == 2096)]").isEmpty());
    }

    @Test
    void thePageShowsWhatItRepaired() throws Exception {
        int year = 2097;
        drift(year);

        MvcResult result = mvc.perform(post("/admin/registry-counts").with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        mvc.perform(get("/admin/registry-counts").flashAttrs(result.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"counts-repaired\"")))
                .andExpect(content().string(Matchers.containsString("<td>2097</td>")));
        assertThat(poor(year)).isEqualTo(1);
    }

    /** One poor household, and its commune's kept count of poor households raised to 6 behind the registry's back. */
    private void drift(int year) {
        long id = registry.register(HouseholdRegistryTest.household(camAn, null), AccessScope.everything()).id();
        registry.setStatus(id, HouseholdRegistryTest.poor(year), AccessScope.everything());
        jdbc.sql("update registry_count set amount = 6 where unit_id = :unit and count_year = :year and measure = 'POOR'"
                + " and organisation_id = 0").param("unit", camAn).param("year", year).update();
    }

    private long poor(int year) {
        return registry.counts(List.of(camAn), year).getOrDefault(camAn, Map.of()).get(RegistryMeasure.POOR);
    }
}

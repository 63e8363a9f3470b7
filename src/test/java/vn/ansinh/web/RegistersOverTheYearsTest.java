package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.RealHistory;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.units.Units;

/**
 * Cam An was merged into Thanh An on 01/01/2020. Its officer still finds Cam An, chosen for them, on every register
 * page of 2019 — allowances, the gratitude fund, relief, social evils, children — and in 2026 is told that no commune
 * of theirs existed that year, instead of an empty choice.
 */
@IntegrationTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:registers_years;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", RealHistory.SEED_FOLLOW_UPS})
class RegistersOverTheYearsTest {

    static final String OFFICER = "canbo.caman.cacnam";

    @Autowired
    MockMvc mvc;
    @Autowired
    Units units;
    @Autowired
    UserAccounts accounts;

    @ParameterizedTest
    @ValueSource(strings = {"/allowances?month=2019-06", "/gratitude?year=2019", "/relief?year=2019",
            "/social-evils?year=2019", "/children?year=2019"})
    void anEndedCommuneIsChosenInTheYearsItExisted(String page) throws Exception {
        long camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        TestAccounts.ensure(accounts, OFFICER, Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camAn)));

        String then = mvc.perform(get(page).with(user(OFFICER).roles("COMMUNE_OFFICER"))).andReturn().getResponse()
                .getContentAsString();
        String now = mvc.perform(get(page.replace("2019", "2026")).with(user(OFFICER).roles("COMMUNE_OFFICER")))
                .andReturn().getResponse().getContentAsString();

        assertThat(then).contains("<option value=\"" + camAn + "\" selected=\"selected\">").doesNotContain("id=\"no-communes\"");
        assertThat(now).doesNotContain("<option value=\"" + camAn + "\"")
                .contains("Năm 2026 không có xã, phường nào bạn được xem");
    }
}

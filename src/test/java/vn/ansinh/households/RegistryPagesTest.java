package vn.ansinh.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.poverty.Area;
import vn.ansinh.poverty.Classification;
import vn.ansinh.shared.AccessPurpose;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.PersonalDataViews;
import vn.ansinh.support.SignedOutIntegrationTest;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.UnitKind;
import vn.ansinh.units.Units;

/**
 * «Sổ hộ»: the list and a household's page, with its statuses; phone and citizen IDs in full for
 * the commune's officer who has chosen why they look, masked for a viewer, and a household of another commune not there at all.
 */
@SignedOutIntegrationTest
class RegistryPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    HouseholdRegistry registry;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Units units;

    @Test
    void theOfficerSeesPersonalDataTheViewerSeesItMaskedAndAnotherCommuneSeesNothing() throws Exception {
        long camTuyen = units.byCode("QT.CL.TUYEN").orElseThrow().id();
        Household household = registry.register(HouseholdRegistryTest.household(camTuyen, "045099887766"),
                AccessScope.everything());
        registry.setStatus(household.id(), new HouseholdStatus(2088, Classification.POOR, PoorCategory.CANNOT_EXIT,
                CannotExitReason.SEVERE_DISABILITY, null), AccessScope.everything());

        MockHttpSession officerSession = signIn("canbo.tuyen", RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camTuyen));
        officerSession.setAttribute(PersonalDataViews.PURPOSE, AccessPurpose.POVERTY_REVIEW); // said why they look
        String officer = mvc.perform(get("/registry/households/" + household.id()).session(officerSession)).andReturn()
                .getResponse().getContentAsString();
        assertThat(officer).contains("045099887766", "0912345678", "2088: Hộ nghèo — hộ nghèo không thể thoát nghèo (khuyết tật nặng)");

        String viewer = page("/registry/households/" + household.id(), "xem.tuyen",
                RoleAssignment.ofUnit(Role.VIEWER, camTuyen));
        assertThat(viewer).contains("********7766", "******5678").doesNotContain("045099887766", "0912345678");

        String list = page("/registry?unit=" + camTuyen + "&year=2088", "xem.tuyen",
                RoleAssignment.ofUnit(Role.VIEWER, camTuyen));
        assertThat(list).contains(household.code(), "******5678", "Hộ nghèo").doesNotContain("0912345678");

        long camThanh = units.byCode("QT.CL.THANH").orElseThrow().id();
        MockHttpSession other = signIn("canbo.thanh", RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camThanh));
        assertThat(mvc.perform(get("/registry/households/" + household.id()).session(other)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void theListIsSearchedFilteredAndPagedToItsLastHousehold() throws Exception {
        int year = 2072;
        String key = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        long province = units.add(AdministrativeUnit.create(null, UnitKind.PROVINCE, "RP." + key, "Tỉnh Sổ " + key)).id();
        long commune = units.add(AdministrativeUnit.create(province, UnitKind.COMMUNE, "RP." + key + ".X", "Xã Sổ " + key)).id();
        for (int n = 1; n <= 120; n++) {
            String head = n == 77 ? "Phan Thị Ngọc Ánh" : "Nguyễn Văn " + n;
            Household h = new Household(null, commune, "R-%03d".formatted(n), n % 2 == 0 ? "Thôn Đông" : "Thôn Tây", head,
                    null, "Kinh", "0905000" + (100 + n), Area.RURAL, List.of(new Member(head, Sex.F, LocalDate.of(1980, 1, 1),
                            "Chủ hộ", n == 77 ? "045099001122" : null, false, true, null, null)));
            registry.registerWithStatus(h, new HouseholdStatus(year, n % 10 == 7 ? Classification.POOR : Classification.NOT_POOR,
                    n % 10 == 7 ? PoorCategory.CAN_EXIT : null, null, null), AccessScope.everything());
        }
        RoleAssignment viewer = RoleAssignment.ofUnit(Role.VIEWER, commune);
        String list = "/registry?unit=" + commune + "&year=" + year;

        assertThat(page(list, "xem.so", viewer)).contains("120 hộ; phân loại năm 2072", "trang 1/2", "R-100")
                .doesNotContain("R-101").contains("href=\"/registry?unit=" + commune + "&amp;year=2072&amp;page=2\"");
        assertThat(page(list + "&page=2", "xem.so", viewer)).contains("trang 2/2", "R-101", "R-120").doesNotContain("R-100<");
        assertThat(page(list + "&q=045.099.001.122", "xem.so", viewer)).contains("· 1 hộ khớp bộ lọc", "R-077", "******0177")
                .doesNotContain("0905000177");
        assertThat(page(list + "&q=NGỌC ánh", "xem.so", viewer)).contains("· 1 hộ khớp bộ lọc", "R-077");
        assertThat(page(list + "&q=0450990011", "xem.so", viewer)).contains("· 0 hộ khớp bộ lọc", "Không có hộ nào khớp bộ lọc.");
        assertThat(page(list + "&village=Thôn Tây&status=POOR", "xem.so", viewer))
                .contains("120 hộ; phân loại năm 2072", "· 12 hộ khớp bộ lọc", "R-007", "R-117").doesNotContain("R-001<", "trang 1/");
    }

    private String page(String url, String username, RoleAssignment role) throws Exception {
        return mvc.perform(get(url).session(signIn(username, role))).andReturn().getResponse().getContentAsString();
    }

    private MockHttpSession signIn(String username, RoleAssignment role) throws Exception {
        String password = TestAccounts.ensure(accounts, username, Set.of(role));
        return (MockHttpSession) mvc.perform(formLogin().user(username).password(password)).andReturn().getRequest()
                .getSession();
    }
}

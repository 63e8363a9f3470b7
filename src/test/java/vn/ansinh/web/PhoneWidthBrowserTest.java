package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.support.BrowserSession;
import vn.ansinh.support.ServerTest;
import vn.ansinh.units.Units;

/**
 * On a phone (390 × 844) no page scrolls sideways: tables scroll inside their own container, forms and
 * charts fit. The main pages of an administrator and of Cam An's commune officer, each one's screenshot
 * kept in target/screenshots/phone/.
 */
@ServerTest
class PhoneWidthBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    UserAccounts accounts;
    @Autowired
    Units units;

    @Test
    void noPageOfAnAdministratorScrollsSidewaysOnAPhone() throws IOException {
        List<String> pages = new ArrayList<>(commonPages());
        pages.addAll(List.of("/admin/users", "/admin/audit", "/admin/units", "/admin/organisations", "/admin/indicators",
                "/imports/programme", "/programmes/1/edit", "/admin/backups", "/admin/personal-data/access-log", "/admin/personal-data/retention",
                "/admin/personal-data/subject?citizenId=045068001234",
                "/admin/allowance-bases", "/admin/child-friendly-criteria", "/admin/programmes/1/commitments"));
        assertThat(overflowing("quantri", "dienthoai.quantri", Set.of(RoleAssignment.admin()), pages)).as("pages wider than the phone").isEmpty();
    }

    @Test
    void noPageOfACommuneOfficerScrollsSidewaysOnAPhoneTheReportFormIncluded() throws IOException {
        long camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        List<String> overflowing = overflowing("canbo", "dienthoai.caman",
                Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camAn)), commonPages());

        browser.open("/programmes/1/reports?period=2019-Q4");
        browser.click(browser.findElement(By.cssSelector("button[data-reporter='Cam An']")));
        overflowing.addAll(measure("canbo-report-form", browser.getCurrentUrl()));
        browser.open("/registry?unit=" + camAn + "&year=2019");
        browser.findElements(By.cssSelector("#registry-households a")).stream().findFirst()
                .map(link -> link.getAttribute("href")).ifPresent(household -> overflowing.addAll(measure("canbo-household", household)));

        browser.open("/programmes/1/dashboard");
        browser.executeScript("document.getElementById('trend-chart').scrollIntoView();");
        overflowing.addAll(measure("canbo-dashboard-trend", browser.getCurrentUrl()));

        assertThat(overflowing).as("pages wider than the phone").isEmpty();
    }

    private List<String> commonPages() {
        long camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        String programme = "/programmes/1";
        return List.of("/programmes", programme, programme + "/tables", programme + "/tables/bieu-2", programme + "/findings",
                programme + "/apportionment", programme + "/progress", programme + "/reports?period=2019-03",
                programme + "/reports/consolidated?period=2019-03", programme + "/dashboard", programme + "/sponsorship",
                programme + "/registry", programme + "/imports", "/registry?unit=" + camAn + "&year=2019",
                "/registry/reviews?unit=" + camAn + "&year=2019", "/registry/households/new", "/registry/import",
                "/labour/import", "/poverty/standards", "/personal-data", "/personal-data/purpose?next=/registry",
                "/allowances?unit=" + camAn, "/allowances/import", "/gratitude?unit=" + camAn + "&year=2019",
                "/relief?unit=" + camAn + "&year=2019", "/social-evils?unit=" + camAn + "&year=2019",
                "/children?unit=" + camAn + "&year=2019", programme + "/parties", programme + "/parties/UNIT/" + camAn,
                programme + "/meetings", programme + "/inspections", programme + "/action-items", programme + "/outreach",
                programme + "/commendation", programme + "/organisation-targets", "/reminders");
    }

    private List<String> overflowing(String who, String username, Set<RoleAssignment> roles, List<String> pages) {
        browser.signIn(accounts, username, roles);
        browser.size(BrowserSession.PHONE);
        List<String> overflowing = new ArrayList<>();
        for (String page : pages) {
            overflowing.addAll(measure(who + page.replaceAll("[^a-z0-9]+", "-"), browser.url("") + page));
        }
        return overflowing;
    }

    /** The page's width against the window's, after the page has settled (charts drawn); a screenshot kept. */
    private List<String> measure(String name, String url) {
        if (!url.equals(browser.getCurrentUrl())) {
            browser.get(url);
        }
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        browser.screenshot("phone/" + name);
        List<?> widths = (List<?>) browser.executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth, document.title];");
        long scroll = ((Number) widths.get(0)).longValue();
        long inner = ((Number) widths.get(1)).longValue();
        return scroll <= inner ? List.of() : List.of("%s (%s): %d px wide in a window of %d".formatted(url, widths.get(2), scroll, inner));
    }
}

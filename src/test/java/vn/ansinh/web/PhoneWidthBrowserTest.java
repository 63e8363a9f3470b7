package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.support.Browser;
import vn.ansinh.support.ServerTest;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.units.Units;

/**
 * On a phone (390 × 844) no page scrolls sideways: tables scroll inside their own container, forms and
 * charts fit. The main pages of an administrator and of Cam An's commune officer, each one's screenshot
 * kept in target/screenshots/phone/.
 */
@ServerTest
class PhoneWidthBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots", "phone");
    private static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Units units;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void noPageOfAnAdministratorScrollsSidewaysOnAPhone() throws IOException {
        String password = TestAccounts.ensure(accounts, "dienthoai.quantri", Set.of(RoleAssignment.admin()));
        List<String> pages = new ArrayList<>(commonPages());
        pages.addAll(List.of("/admin/users", "/admin/audit", "/admin/units", "/admin/organisations", "/admin/indicators",
                "/imports/programme", "/programmes/1/edit"));
        assertThat(overflowing("quantri", "dienthoai.quantri", password, pages)).as("pages wider than the phone").isEmpty();
    }

    @Test
    void noPageOfACommuneOfficerScrollsSidewaysOnAPhoneTheReportFormIncluded() throws IOException {
        long camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        String password = TestAccounts.ensure(accounts, "dienthoai.caman",
                Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camAn)));
        List<String> overflowing = overflowing("canbo", "dienthoai.caman", password, commonPages());

        browser.get(base() + "/programmes/1/reports?period=2019-Q4");
        Browser.click(browser, browser.findElement(By.cssSelector("button[data-reporter='Cam An']")));
        overflowing.addAll(measure("canbo-report-form", browser.getCurrentUrl()));
        browser.get(base() + "/registry?unit=" + camAn + "&year=2019");
        browser.findElements(By.cssSelector("#registry-households a")).stream().findFirst()
                .map(link -> link.getAttribute("href")).ifPresent(household -> overflowing.addAll(measure("canbo-household", household)));

        browser.get(base() + "/programmes/1/dashboard");
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
                "/labour/import", "/poverty/standards");
    }

    private List<String> overflowing(String who, String username, String password, List<String> pages) throws IOException {
        browser.manage().window().setSize(new Dimension(1366, 768));
        browser.manage().deleteAllCookies();
        TestAccounts.signIn(browser, base(), username, password);
        browser.manage().window().setSize(new Dimension(390, 844));
        Files.createDirectories(SHOTS);
        List<String> overflowing = new ArrayList<>();
        for (String page : pages) {
            overflowing.addAll(measure(who + page.replaceAll("[^a-z0-9]+", "-"), base() + page));
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
            Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (InterruptedException | IOException e) {
            throw new IllegalStateException(e);
        }
        List<?> widths = (List<?>) browser.executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth, document.title];");
        long scroll = ((Number) widths.get(0)).longValue();
        long inner = ((Number) widths.get(1)).longValue();
        return scroll <= inner ? List.of() : List.of("%s (%s): %d px wide in a window of %d".formatted(url, widths.get(2), scroll, inner));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}

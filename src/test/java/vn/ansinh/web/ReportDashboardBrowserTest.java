package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.support.BrowserSession;
import vn.ansinh.support.SeedOfYear;
import vn.ansinh.support.ServerTest;
import vn.ansinh.targets.Indicators;

/**
 * The year's cycle in the browser: Cam An's March report filed with its exits from poverty, submitted,
 * approved by the office — and the leaders' dashboard counting them, its charts drawn. A year that is over,
 * so the bars have their colours; the whole dashboard's screenshot is kept as target/screenshots/dashboard.png.
 */
@ServerTest
class ReportDashboardBrowserTest {

    private static final int YEAR = 2025;
    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    UserAccounts accounts;
    @Autowired
    Indicators indicators;
    @Autowired
    ProgrammeImporter importer;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anApprovedReportMovesTheDashboard() throws IOException {
        long programme = programme();
        browser.signIn(accounts, "quantri.baocao", Set.of(RoleAssignment.admin()));
        String dashboard = browser.url("") + "/programmes/" + programme + "/dashboard";
        browser.get(dashboard);
        assertThat(achieved("POVERTY_EXITS")).isEqualTo("0");

        browser.open("/programmes/" + programme + "/reports?period=" + YEAR + "-03");
        browser.click(browser.findElement(By.cssSelector("button[data-reporter='Cam An']")));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        long exits = indicators.byCode("POVERTY_EXITS").orElseThrow().id();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f" + exits))).clear();
        browser.findElement(By.id("f" + exits)).sendKeys("4");
        browser.findElement(By.id("difficulties")).sendKeys("Hộ nghèo thiếu vốn sản xuất");
        browser.click(browser.findElement(By.id("submit")));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success"))).getText())
                .isEqualTo("Báo cáo tháng 3/" + YEAR + " — Xã Cam An: đã gửi.");
        browser.click(browser.findElement(By.id("approve")));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".alert-success"), "Báo cáo tháng 3/" + YEAR + " — Xã Cam An: đã duyệt."));
        assertThat(browser.findElement(By.id("report-state")).getText()).startsWith("Trạng thái: đã duyệt");

        browser.get(dashboard);
        assertThat(achieved("POVERTY_EXITS")).isEqualTo("4");
        wait.until(ExpectedConditions.attributeToBe(By.id("poverty-chart"), "data-drawn", "true"));
        assertThat(browser.findElements(By.cssSelector("#poverty-chart canvas, #trend-chart canvas"))).hasSize(2);
        screenshot();
    }

    /** The year's programme, imported as an administrator would (an import without a user is the seed loader's). */
    private long programme() {
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("quantri-test", null, "ROLE_ADMIN"));
        try {
            return SeedOfYear.of(jdbc, importer, YEAR).programmeId();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String achieved(String code) {
        return browser.findElement(By.cssSelector("#target-" + code + " [data-field='achieved']")).getText();
    }

    private void screenshot() throws IOException {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 2600));
        assertThat(Files.size(browser.screenshot("dashboard"))).isPositive();
    }
}

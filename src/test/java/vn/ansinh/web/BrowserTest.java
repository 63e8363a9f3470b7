package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.support.Browser;
import vn.ansinh.support.ServerTest;
import vn.ansinh.support.TestAccounts;

/** What an officer sees in a real browser. */
@ServerTest
class BrowserTest {

    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void signInAsAdministrator() {
        String password = TestAccounts.ensure(accounts, "quantri.trinhduyet", Set.of(RoleAssignment.admin()));
        browser.manage().deleteAllCookies();
        TestAccounts.signIn(browser, url(""), "quantri.trinhduyet", password);
    }

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
    void bieu2ShowsComputedRatesAndTotalsInVietnameseFormat() throws IOException {
        browser.get(url("/programmes/1/tables/bieu-2"));
        WebElement table = browser.findElement(By.cssSelector("table.annex"));
        assertThat(table.getText()).contains("9,92", "14.653");
        assertThat(browser.findElement(By.cssSelector("tr.total")).getText()).contains("Tổng cộng", "14.653", "4,16");
        Path shot = Path.of("target", "screenshots", "bieu-2.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void programmePageLoadsTheAnnexTablesWithHtmx() {
        browser.get(url("/"));
        assertThat(browser.getCurrentUrl()).contains("/programmes/");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("bieu-3")));
        assertThat(browser.findElements(By.cssSelector("section.annex-table"))).hasSize(3);
        assertThat(browser.findElements(By.cssSelector(".signature"))).hasSize(16);
    }

    @Test
    void unknownPageIsAVietnameseMessageWithoutStackTrace() {
        browser.get(url("/programmes/999"));
        String text = browser.findElement(By.tagName("body")).getText();
        assertThat(text).contains("Không tìm thấy").doesNotContain("Exception", "at vn.ansinh");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.support.Browser;
import vn.ansinh.support.ServerTest;
import vn.ansinh.support.TestAccounts;

/** An officer changes Cam An's job target in the browser and sees Biểu 1's total change with it. */
@ServerTest
class EditTargetBrowserTest {

    private static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;

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

    @BeforeEach
    void signIn() {
        String password = TestAccounts.ensure(accounts, "quantri.sua", Set.of(RoleAssignment.admin()));
        browser.manage().deleteAllCookies();
        TestAccounts.signIn(browser, url(""), "quantri.sua", password);
    }

    @AfterEach
    void putThePrintedFigureBack() {
        setCamAnJobs("215");
    }

    @Test
    void editingATargetChangesTheTotalOfBieu1() {
        browser.get(url("/programmes/1/tables/bieu-1"));
        assertThat(jobsTotal().getText()).contains("1.296", "in: 1.297");

        String saved = setCamAnJobs("216");

        assertThat(saved).contains("Đã lưu số liệu của Cam An");
        assertThat(jobsTotal().getText()).isEqualTo("1.297");
        assertThat(jobsTotal().getAttribute("class")).doesNotContain("disagree");
    }

    /** Saves Cam An's job target through its form and answers the message of the table page it returns to. */
    private String setCamAnJobs(String value) {
        browser.get(url("/programmes/1/tables/bieu-1"));
        Browser.click(browser, browser.findElement(By.xpath("//tr[td[normalize-space()='Cam An']]//a[normalize-space()='Sửa']")));
        WebElement jobs = browser.findElement(By.id("c6"));
        jobs.clear();
        jobs.sendKeys(value);
        Browser.click(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));
        // The click returns before the redirected table page has loaded; wait for its message.
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success"))).getText();
    }

    /** Column 6 (giải quyết việc làm) of the total row: the 8th cell, after TT, name and columns 1–5. */
    private WebElement jobsTotal() {
        assertThat(browser.findElements(By.cssSelector("tr.total td"))).as("the total row of the page shown: %s «%s» %s",
                browser.getCurrentUrl(), browser.getTitle(), browser.findElement(By.tagName("main")).getText()).hasSizeGreaterThan(7);
        return browser.findElements(By.cssSelector("tr.total td")).get(7);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

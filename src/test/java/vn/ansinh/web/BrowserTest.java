package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.support.BrowserSession;
import vn.ansinh.support.ServerTest;

/** What an officer sees in a real browser. */
@ServerTest
class BrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void signInAsAdministrator() {
        browser.signIn(accounts, "quantri.trinhduyet", Set.of(RoleAssignment.admin()));
    }

    @Test
    void bieu2ShowsComputedRatesAndTotalsInVietnameseFormat() throws IOException {
        browser.open("/programmes/1/tables/bieu-2");
        WebElement table = browser.findElement(By.cssSelector("table.annex"));
        assertThat(table.getText()).contains("9,92", "14.653");
        assertThat(browser.findElement(By.cssSelector("tr.total")).getText()).contains("Tổng cộng", "14.653", "4,16");
        browser.screenshot("bieu-2");
    }

    @Test
    void programmePageLoadsTheAnnexTablesWithHtmx() {
        browser.open("/");
        assertThat(browser.getCurrentUrl()).contains("/programmes/");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("bieu-3")));
        assertThat(browser.findElements(By.cssSelector("section.annex-table"))).hasSize(3);
        assertThat(browser.findElements(By.cssSelector(".signature"))).hasSize(16);
    }

    @Test
    void unknownPageIsAVietnameseMessageWithoutStackTrace() {
        browser.open("/programmes/999");
        String text = browser.findElement(By.tagName("body")).getText();
        assertThat(text).contains("Không tìm thấy").doesNotContain("Exception", "at vn.ansinh");
    }
}

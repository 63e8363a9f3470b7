package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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

/**
 * A file over the upload limit, chosen on an import page in a real browser: the limit's message takes the
 * place of the result on the page (htmx, no reload), and the form stays usable.
 */
@ServerTest
class UploadLimitBrowserTest {

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

    @Test
    void aFileOverTheLimitIsRefusedInPlaceOnTheImportPage() throws Exception {
        String password = TestAccounts.ensure(accounts, "quantri.gioihan", Set.of(RoleAssignment.admin()));
        TestAccounts.signIn(browser, "http://localhost:" + port, "quantri.gioihan", password);
        Path large = Files.createTempDirectory("ansinh-lon-").resolve("danh-sach-lon.csv");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(21L * 1024 * 1024);
        }
        browser.get("http://localhost:" + port + "/registry/import");
        browser.executeScript("document.body.dataset.same = 'yes'");
        browser.findElement(By.id("file")).sendKeys(large.toString());
        Browser.click(browser, browser.findElement(By.id("check")));

        String shown = new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions
                .visibilityOfElementLocated(By.cssSelector("#import-result #upload-too-large"))).getText();
        assertThat(shown).startsWith("Tệp gửi lên lớn quá: ansinh nhận tệp đến 20 MB. Không có gì được ghi.");
        assertThat(browser.executeScript("return document.body.dataset.same")).as("answered in place").isEqualTo("yes");
        assertThat(browser.findElements(By.id("check"))).as("the form is still there").hasSize(1);
        Files.delete(large);
    }
}

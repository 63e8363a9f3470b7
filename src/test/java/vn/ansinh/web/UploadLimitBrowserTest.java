package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.support.BrowserSession;
import vn.ansinh.support.ServerTest;

/**
 * A file over the upload limit, chosen on an import page in a real browser: the limit's message takes the
 * place of the result on the page (htmx, no reload), and the form stays usable.
 */
@ServerTest
class UploadLimitBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    UserAccounts accounts;

    @Test
    void aFileOverTheLimitIsRefusedInPlaceOnTheImportPage() throws Exception {
        browser.signIn(accounts, "quantri.gioihan", Set.of(RoleAssignment.admin()));
        Path large = Files.createTempDirectory("ansinh-lon-").resolve("danh-sach-lon.csv");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(21L * 1024 * 1024);
        }
        browser.open("/registry/import");
        browser.executeScript("document.body.dataset.same = 'yes'");
        browser.findElement(By.id("file")).sendKeys(large.toString());
        browser.click(browser.findElement(By.id("check")));

        String shown = new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions
                .visibilityOfElementLocated(By.cssSelector("#import-result #upload-too-large"))).getText();
        assertThat(shown).startsWith("Tệp gửi lên lớn quá: ansinh nhận tệp đến 20 MB. Không có gì được ghi.");
        assertThat(browser.executeScript("return document.body.dataset.same")).as("answered in place").isEqualTo("yes");
        assertThat(browser.findElements(By.id("check"))).as("the form is still there").hasSize(1);
        Files.delete(large);
    }
}

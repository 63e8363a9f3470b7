package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
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
import vn.ansinh.support.Xlsx;

/**
 * An officer checks a workbook on «Nhập số liệu từ Excel»: the answer replaces the result in place
 * (htmx), a clean check and a refused file alike — the refusal is a 422, which the page must show too.
 */
@ServerTest
class WorkbookImportBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void signIn() {
        browser.signIn(accounts, "quantri.nhap", Set.of(RoleAssignment.admin()));
    }

    @Test
    void aCheckedWorkbookAndARefusedOneAreShownOnThePage() throws Exception {
        Xlsx good = Xlsx.create().sheet("Biểu 3")
                .row("STT", "Tên xã", "Hội ND", "Hội PN", "Đoàn TN", "Hội CCB", "Hội CT + khác", "Tổng cộng")
                .row(1, "Xã Cam An", 0, 0, 0, 0, 5, 5);

        String checked = check(file("bieu3.xlsx", good.bytes()), ".alert-success");
        assertThat(checked).contains("Tệp bieu3.xlsx hợp lệ; chưa ghi gì.");
        assertThat(browser.findElement(By.id("workbook-counts")).getText()).contains("giữ nguyên: 5");

        String refused = check(file("sai.xlsx", good.set(1, 2, "hai").bytes()), ".alert-danger");
        assertThat(refused).contains("Tệp sai.xlsx có 1 lỗi; không có gì được ghi.");
        assertThat(browser.findElement(By.id("workbook-errors")).getText())
                .contains("trang «Biểu 3», dòng 2, cột C", "«hai» không phải là số");
    }

    private String check(Path file, String answer) {
        browser.open("/programmes/1/imports");
        browser.findElement(By.id("file")).sendKeys(file.toString());
        // A mark on the page: it survives htmx replacing the result, not a page load.
        browser.executeScript("document.body.dataset.same = 'yes'");
        browser.click(browser.findElement(By.id("check")));
        String text = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#workbook-result " + answer)))
                .getText();
        assertThat(browser.executeScript("return document.body.dataset.same")).as("answered in place").isEqualTo("yes");
        return text;
    }

    private static Path file(String name, byte[] content) throws Exception {
        Path file = Files.createTempDirectory("ansinh-nhap-").resolve(name);
        Files.write(file, content);
        return file;
    }
}

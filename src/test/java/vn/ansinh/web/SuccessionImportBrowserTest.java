package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.support.Browser;
import vn.ansinh.support.RealHistory;
import vn.ansinh.support.ServerTest;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.units.UnitListImport;
import vn.ansinh.units.Units;

/**
 * An administrator uploads a small succession list of the new Quảng Trị on «Nhập danh sách đơn vị kế thừa» (a
 * database of its own holding the national lists of 2020 and 2025, Cam An and Cam Thanh merged into Thanh An in
 * 2020): the dry run lists «Xã Cam Thủy» (two communes of that name) and «Xã Cam Thanh» (none) with radio buttons;
 * choosing and pressing «Nhập» writes the links. A unit list's dry run says what would change, and the kept file can
 * be dropped. Screenshots at 1366 and 390 wide, neither scrolling sideways.
 */
@ServerTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:succession_browser;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", RealHistory.SEED_FOLLOW_UPS})
class SuccessionImportBrowserTest {

    private static final Path UNITS = Path.of("src", "test", "resources", "units");
    private static final String LIST = "level,code,full_name,province_code,predecessors\n"
            + "1,44,Tỉnh Quảng Trị,,tỉnh Quảng Bình và tỉnh Quảng Trị\n"
            + "2,19603,Xã Hiếu Giang,44,\"Xã Cam Thủy, Xã Cam Hiếu, Xã Cam Tuyền, Xã Thanh An\"\n"
            + "2,19597,Xã Cam Lộ,44,\"Thị trấn Cam Lộ, Xã Cam Thanh, Xã Cam Chính, Xã Cam Nghĩa\"\n";
    private static final String OVERFLOW = """
            var worst = 0;
            document.querySelectorAll('main *').forEach(function (e) {
                if (e.parentElement.closest('.table-responsive')) { return; }
                worst = Math.max(worst, e.getBoundingClientRect().right - document.documentElement.clientWidth);
            });
            return Math.max(worst, document.documentElement.scrollWidth - document.documentElement.clientWidth);""";

    private static ChromeDriver browser;
    private static boolean imported;

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    UnitListImport lists;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;

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
    void mapsAndSignIn() throws IOException {
        if (!imported) {
            importList("units-2025-03.csv", LocalDate.of(2020, 1, 1));
            importList("units-2025-07.csv", LocalDate.of(2025, 7, 1));
            imported = true;
        }
        String password = TestAccounts.ensure(accounts, "quantri.kethua", Set.of(RoleAssignment.admin()));
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1366, 768));
        TestAccounts.signIn(browser, url(""), "quantri.kethua", password);
    }

    @Test
    void theUndecidedNamesAreChosenWithRadioButtonsAndTheListIsWritten() throws IOException {
        Path file = Path.of("target", "quang-tri-ke-thua.csv");
        Files.writeString(file, LIST, StandardCharsets.UTF_8);
        long links = links();
        browser.get(url("/admin/units"));
        Browser.click(browser, browser.findElement(By.id("succession-import")));
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2025-07-01';", browser.findElement(By.id("effective")));
        Browser.click(browser, browser.findElement(By.id("check")));
        wait(By.id("succession-choices"));

        assertThat(browser.findElement(By.id("undecided-left")).getText()).contains("Còn 2 tên chưa chọn");
        assertThat(browser.findElement(By.id("undecided-0")).getText()).contains("Xã Hiếu Giang (mã 19603)",
                "«Xã Cam Thủy»", "Xã Cam Thủy — Huyện Lệ Thủy (mã 19270)", "Xã Cam Thủy — Huyện Cam Lộ (mã 19606)",
                "Không phải đơn vị hành chính (thôn, vùng đất)");
        assertThat(links()).isEqualTo(links);
        shots("succession-import-choose", "succession-choices");

        Browser.click(browser, radio("undecided-0", "19606"));
        Browser.click(browser, radio("undecided-1", "19612"));
        Browser.click(browser, browser.findElement(By.id("import")));
        wait(By.id("succession-imported"));
        assertThat(browser.findElement(By.id("succession-imported")).getText()).startsWith("Đã nhập «quang-tri-ke-thua.csv»");
        assertThat(links()).isGreaterThan(links);
        shots("succession-import-done", "succession-imported");
    }

    /** Today's list again: its dry run finds every unit as it is; dropped, nothing is kept. */
    @Test
    void aUnitListsDryRunSaysWhatWouldChangeAndTheKeptFileCanBeDropped() throws IOException {
        browser.get(url("/admin/units"));
        Browser.click(browser, browser.findElement(By.id("unit-list-import")));
        browser.findElement(By.id("file")).sendKeys(UNITS.resolve("units-2025-07.csv").toAbsolutePath().toString());
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2025-07-01';", browser.findElement(By.id("effective")));
        Browser.click(browser, browser.findElement(By.id("check")));
        wait(By.id("units-result"));

        assertThat(browser.findElement(By.id("count-unchanged")).getText()).isEqualTo("3.355");
        assertThat(browser.findElement(By.id("count-created")).getText()).isEqualTo("0");
        assertThat(browser.findElement(By.id("units-kept")).getText()).contains("units-2025-07.csv", "01/07/2025");
        shots("unit-list-import-checked", "units-result");
        Browser.click(browser, browser.findElement(By.id("discard")));
        wait(By.id("units-upload"));
        assertThat(browser.findElements(By.id("units-kept"))).isEmpty();
    }

    private WebElement radio(String row, String code) {
        return browser.findElement(By.cssSelector("#" + row + " input[value='" + code + "']"));
    }

    private void wait(By by) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private void shots(String name, String shown) throws IOException {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        for (Dimension size : new Dimension[] {new Dimension(1366, 768), new Dimension(390, 844)}) {
            browser.manage().window().setSize(size);
            ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView();", shown);
            Files.write(folder.resolve(name + "-" + size.width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            Object overflow = ((JavascriptExecutor) browser).executeScript(OVERFLOW);
            assertThat(((Number) overflow).intValue()).as(name + " at " + size.width + " scrolls sideways")
                    .isLessThanOrEqualTo(0);
        }
        browser.manage().window().setSize(new Dimension(1366, 768));
    }

    private void importList(String name, LocalDate effective) throws IOException {
        assertThat(lists.importList(name, Files.readAllBytes(UNITS.resolve(name)), effective, false,
                Locale.forLanguageTag("vi")).errors()).isEmpty();
    }

    private long links() {
        return jdbc.sql("select count(*) from unit_succession").query(Long.class).single();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

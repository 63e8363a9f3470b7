package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.annex.AnnexColumn;
import vn.ansinh.annex.AnnexTables;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.VietnameseNumbers;
import vn.ansinh.support.Browser;
import vn.ansinh.support.ServerTest;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.targets.FigureEditor;
import vn.ansinh.targets.FigureKey;
import vn.ansinh.targets.TargetValues;
import vn.ansinh.units.Units;

/**
 * Two officers correct Cam An's households (Biểu 2, column 1) from the same read: the one who saves second
 * sees both versions — the saved one with who and when, theirs as typed — and chooses to save theirs over it.
 * And «Phân bổ chỉ tiêu» says a wrong whole beside its field, as typed. Screenshots at 1366 and 390 wide.
 */
@ServerTest
class RowConflictBrowserTest {

    private static final String OVERFLOW = """
            var worst = 0;
            document.querySelectorAll('main *').forEach(function (e) {
                if (e.parentElement.closest('.table-responsive')) { return; }
                worst = Math.max(worst, e.getBoundingClientRect().right - document.documentElement.clientWidth);
            });
            return Math.max(worst, document.documentElement.scrollWidth - document.documentElement.clientWidth);""";

    private static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Units units;
    @Autowired
    AnnexTables tables;
    @Autowired
    TargetValues values;
    @Autowired
    FigureEditor figures;

    long camAn;
    FigureKey households;
    BigDecimal printed;

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
        camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        AnnexColumn column = tables.computed(1, "bieu-2", AccessScope.everything()).orElseThrow().column("1").orElseThrow().column();
        households = new FigureKey(column.indicatorId(), camAn, column.organisationId());
        printed = values.baseline(households, 2019).orElseThrow();
        String password = TestAccounts.ensure(accounts, "quantri.xungdot", Set.of(RoleAssignment.admin()));
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1366, 768));
        TestAccounts.signIn(browser, url(""), "quantri.xungdot", password);
    }

    @AfterEach
    void putThePrintedFigureBack() {
        savedBy("system", printed);
    }

    @Test
    void theSecondSaveShowsBothVersionsAndSavingAgainKeepsTheTypedFigures() throws IOException {
        String mine = VietnameseNumbers.formatAmount(printed.add(BigDecimal.ONE));
        String theirs = VietnameseNumbers.formatAmount(printed.add(BigDecimal.valueOf(5)));
        conflict("", mine, theirs);
        assertThat(browser.findElement(By.id("conflict")).getText()).contains(
                "Số liệu của Cam An vừa được canbo.khac lưu lúc", "chưa có gì của bạn được lưu");
        assertThat(browser.findElement(By.cssSelector("[data-theirs='1']")).getText()).isEqualTo(theirs);
        assertThat(browser.findElement(By.cssSelector("[data-yours='1']")).getText()).isEqualTo(mine);
        assertThat(browser.findElement(By.id("c1")).getAttribute("value")).isEqualTo(mine);
        shots("row-conflict-vi", "conflict");

        Browser.click(browser, browser.findElement(By.id("save")));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
        assertThat(values.baseline(households, 2019).orElseThrow()).isEqualByComparingTo(printed.add(BigDecimal.ONE));
    }

    @Test
    void theConflictViewInEnglish() throws IOException {
        String mine = VietnameseNumbers.formatAmount(printed.add(BigDecimal.ONE));
        conflict("?lang=en", mine, VietnameseNumbers.formatAmount(printed.add(BigDecimal.valueOf(5))));
        assertThat(browser.findElement(By.id("conflict")).getText()).contains(
                "The figures of Cam An were saved by canbo.khac at", "Saved version", "Your version (not saved)");
        assertThat(browser.findElement(By.id("save")).getText()).isEqualTo("Save my version");
        shots("row-conflict-en", "conflict");
        assertThat(values.baseline(households, 2019).orElseThrow()).isEqualByComparingTo(printed.add(BigDecimal.valueOf(5)));
    }

    @Test
    void aWholeToSplitThatIsNoNumberIsSaidBesideItsFieldAndKept() throws IOException {
        browser.get(url("/programmes/1/apportionment?mode=communes&target=bieu-1:6&base=bieu-1:3&whole=1.2OO"
                + "&wholeFor=communes:bieu-1:6"));
        WebElement whole = browser.findElement(By.id("whole"));
        assertThat(whole.getAttribute("value")).isEqualTo("1.2OO");
        assertThat(whole.getAttribute("class")).contains("is-invalid");
        assertThat(browser.findElement(By.id(whole.getAttribute("aria-describedby"))).getText())
                .isEqualTo("Tổng cần chia phải là một số nguyên, ví dụ 1.200 («1.2OO»).");
        assertThat(browser.findElements(By.cssSelector("main .alert-danger"))).isEmpty();
        shots("apportionment-whole", "whole");
    }

    /**
     * Opens the row, lets another officer save theirs, types mine and saves: the conflict view. The other save
     * waits for the form to be there, so that it is made after the form was read, as the test means.
     */
    private void conflict(String language, String mine, String theirs) {
        browser.get(url("/programmes/1/tables/bieu-2/units/" + camAn + "/edit" + language));
        WebElement field = Browser.find(browser, By.id("c1"));
        savedBy("canbo.khac", VietnameseNumbers.parse(theirs).orElseThrow());
        field.clear();
        field.sendKeys(mine);
        Browser.click(browser, browser.findElement(By.id("save")));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("conflict")));
    }

    /** Another officer's save, made as ansinh makes every save of a figure. */
    private void savedBy(String user, BigDecimal amount) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null, List.of()));
        try {
            figures.setBaseline(households, 2019, amount);
        } finally {
            SecurityContextHolder.clearContext();
        }
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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.annex.AnnexTables;
import vn.ansinh.annex.ComputedRow;
import vn.ansinh.labour.LabourRecords;
import vn.ansinh.labour.RecordKind;
import vn.ansinh.partners.Partners;
import vn.ansinh.planning.ProgrammeStart;
import vn.ansinh.planning.StartWay;
import vn.ansinh.programme.Programme;
import vn.ansinh.programme.Programmes;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.Browser;
import vn.ansinh.support.ServerTest;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.support.TodaysQuangTri;
import vn.ansinh.targets.FigureKey;
import vn.ansinh.targets.Indicators;
import vn.ansinh.targets.TargetFigure;
import vn.ansinh.targets.TargetValues;
import vn.ansinh.units.Units;

/**
 * Programmes at today's levels, in the browser: an administrator starts Xã Hiếu Giang's 2027 programme from the
 * template — a year left out first, said beside its field — and its tables have the commune's villages as rows;
 * then the new Quảng Trị's roll-up shows Xã Cam Lộ's and Xã Hiếu Giang's targets and achievements and the total.
 * Screenshots at 1366 and 390 wide, neither scrolling sideways.
 */
@ServerTest
class ProgrammeLevelsBrowserTest {

    private static final int YEAR = 2027;
    private static final AccessScope ALL = AccessScope.everything();
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
    Partners partners;
    @Autowired
    Programmes programmes;
    @Autowired
    ProgrammeStart start;
    @Autowired
    AnnexTables tables;
    @Autowired
    TargetValues targets;
    @Autowired
    Indicators indicators;
    @Autowired
    LabourRecords labour;

    TodaysQuangTri map;

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
        map = TodaysQuangTri.ensure(units, partners);
        String password = TestAccounts.ensure(accounts, "quantri.caplop", Set.of(RoleAssignment.admin()));
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1366, 768));
        TestAccounts.signIn(browser, url(""), "quantri.caplop", password);
    }

    @Test
    void anAdministratorStartsHieuGiangs2027ProgrammeAndTheProvinceSeesBothCommunes() throws IOException {
        assertThat(programmes.ofYear(map.hieuGiang(), YEAR, ALL)).as("2027 is free for Xã Hiếu Giang").isEmpty();
        browser.get(url("/programmes"));
        Browser.click(browser, Browser.find(browser, By.id("programme-start-link")));
        new Select(Browser.find(browser, By.id("within"))).selectByValue(String.valueOf(map.province()));
        By hieuGiang = By.cssSelector("#unitId option[value='" + map.hieuGiang() + "']");
        Browser.find(browser, hieuGiang);
        assertThat(browser.findElements(By.cssSelector("#unitId option")).size())
                .as("the province, its communes and nothing of other provinces").isLessThan(10);
        new Select(Browser.find(browser, By.id("unitId"))).selectByValue(String.valueOf(map.hieuGiang()));
        browser.findElement(By.id("year")).clear();
        new Select(browser.findElement(By.id("way"))).selectByValue("TEMPLATE");
        Browser.click(browser, browser.findElement(By.id("start")));
        assertThat(Browser.find(browser, By.id("year-problem")).getText()).isEqualTo("Cần nhập mục này.");
        shots("programme-start-refused", "year");

        browser.findElement(By.id("year")).sendKeys(String.valueOf(YEAR));
        Browser.click(browser, browser.findElement(By.id("start")));
        assertThat(Browser.find(browser, By.cssSelector(".alert-success")).getText()).contains("Đã lập chương trình năm 2027");
        Programme created = programmes.ofYear(map.hieuGiang(), YEAR, ALL).orElseThrow();
        assertThat(tables.computed(created.id(), "bieu-1", ALL).orElseThrow().rows()).extracting(ComputedRow::label)
                .containsExactlyElementsOf(TodaysQuangTri.HIEU_GIANG_VILLAGES);
        browser.get(url("/programmes/" + created.id() + "/tables/bieu-1"));
        String page = Browser.find(browser, By.tagName("main")).getText();
        assertThat(page).contains("Biểu số 1", "năm 2027", "Thôn An Mỹ", "Thôn Tân Hiếu", "Thôn Cam Lộ Phường");
        shots("programme-start-villages", "main");

        figures(created, List.of(30, 25, 20, 15), List.of(12, 8));
        figures(camLosProgramme(), List.of(40, 35), List.of(10, 0));
        browser.get(url("/programmes/rollup"));
        new Select(Browser.find(browser, By.id("unit"))).selectByValue(String.valueOf(map.province()));
        WebElement year = browser.findElement(By.id("year"));
        year.clear();
        year.sendKeys(String.valueOf(YEAR));
        Browser.click(browser, browser.findElement(By.id("show")));
        WebElement total = Browser.find(browser, By.id("rollup-total"));
        assertThat(cell(By.id("rollup-" + map.camLo()), "data-target")).isEqualTo("75");
        assertThat(cell(By.id("rollup-" + map.camLo()), "data-achieved")).isEqualTo("10");
        assertThat(cell(By.id("rollup-" + map.hieuGiang()), "data-target")).isEqualTo("90");
        assertThat(cell(By.id("rollup-" + map.hieuGiang()), "data-achieved")).isEqualTo("20");
        assertThat(cell(By.id("rollup-total"), "data-target")).isEqualTo("165");
        assertThat(cell(By.id("rollup-total"), "data-achieved")).isEqualTo("30");
        assertThat(total.getText()).startsWith("Toàn tỉnh");
        shots("province-rollup", "rollup");
    }

    /** The jobs-created figure of a row (the first indicator's cell with the attribute). */
    private String cell(By row, String attribute) {
        return browser.findElement(row).findElement(By.cssSelector("[" + attribute + "='JOBS_CREATED']")).getText();
    }

    private Programme camLosProgramme() {
        return programmes.ofYear(map.camLo(), YEAR, ALL).orElseGet(() -> start.start(map.camLo(), YEAR, StartWay.TEMPLATE));
    }

    /** Each village's jobs target (Biểu 1) and jobs placed in March, as the commune entered them. */
    private void figures(Programme programme, List<Integer> jobTargets, List<Integer> placed) {
        long jobs = indicators.byCode("JOBS_CREATED").orElseThrow().id();
        List<Long> villages = tables.computed(programme.id(), "bieu-1", ALL).orElseThrow().rows().stream()
                .map(ComputedRow::unitId).toList();
        for (int i = 0; i < villages.size(); i++) {
            targets.recordTarget(new FigureKey(jobs, villages.get(i), null), YEAR,
                    new TargetFigure(BigDecimal.valueOf(jobTargets.get(i)), null));
            if (i < placed.size() && placed.get(i) > 0) {
                labour.enterCount(villages.get(i), RecordKind.JOB_PLACEMENT, YEAR, 3, placed.get(i), ALL);
            }
        }
    }

    private void shots(String name, String shown) throws IOException {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        for (Dimension size : new Dimension[] {new Dimension(1366, 768), new Dimension(390, 844)}) {
            browser.manage().window().setSize(size);
            ((JavascriptExecutor) browser).executeScript(
                    "(document.getElementById(arguments[0]) || document.querySelector(arguments[0])).scrollIntoView();", shown);
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

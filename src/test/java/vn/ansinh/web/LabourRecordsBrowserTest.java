package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.households.Sex;
import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.labour.JobPlace;
import vn.ansinh.labour.LabourRecord;
import vn.ansinh.labour.LabourRecords;
import vn.ansinh.labour.RecordKind;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.BrowserSession;
import vn.ansinh.support.SeedOfYear;
import vn.ansinh.support.ServerTest;
import vn.ansinh.units.Units;

/**
 * The labour records list and a refused record list, as an administrator sees them on a desktop and on
 * a phone, in Vietnamese and English: nothing scrolls sideways; a deletion asks first and leaves the
 * record «Đã xóa» with «Khôi phục». Screenshots are kept in target/screenshots/.
 */
@ServerTest
class LabourRecordsBrowserTest {

    private static final int YEAR = 2017;
    private static final String[] NAMES = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung",
        "Hoàng Văn Em", "Võ Thị Giang", "Đặng Văn Hải", "Bùi Thị Hoa", "Đỗ Văn Khánh", "Hồ Thị Lan"};
    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    UserAccounts accounts;
    @Autowired
    Units units;
    @Autowired
    LabourRecords records;
    @Autowired
    ProgrammeImporter importer;
    @Autowired
    JdbcClient jdbc;

    long programme;

    @BeforeEach
    void setUp() {
        SeedOfYear seed = SeedOfYear.of(jdbc, importer, YEAR);
        programme = seed.programmeId();
        if (seed.created()) {
            String[] communes = {"QT.CL.AN", "QT.CL.THANH", "QT.CL.HIEU"};
            for (int i = 0; i < 30; i++) {
                long unit = units.byCode(communes[i % 3]).orElseThrow().id();
                records.record(new LabourRecord(null, RecordKind.JOB_PLACEMENT, unit, LocalDate.of(YEAR, 1 + i % 12, 1 + i),
                        NAMES[i % NAMES.length], i % 2 == 0 ? Sex.M : Sex.F, LocalDate.of(1985 + i % 15, 3, 8), null,
                        JobPlace.values()[i % 4], "May mặc", "Công ty TNHH may Quảng Trị", null, null, null, null, null,
                        null, null), AccessScope.everything());
            }
        }
        browser.signIn(accounts, "quantri.hoso", Set.of(RoleAssignment.admin()));
    }

    @Test
    void theListReadsOnADesktopAndAPhoneInBothLanguages() throws IOException {
        for (String lang : new String[] {"vi", "en"}) {
            for (Dimension size : new Dimension[] {new Dimension(1366, 768), new Dimension(390, 844)}) {
                browser.manage().window().setSize(size);
                browser.open("/programmes/" + programme + "/labour/records?lang=" + lang);
                new WebDriverWait(browser, Duration.ofSeconds(10))
                        .until(d -> d.findElements(By.cssSelector("#labour-records tbody tr")).size() == 25);
                screenshot("labour-records-" + size.width + "-" + lang);
                assertThat(browser.findElement(By.cssSelector(".page-of")).getText())
                        .isEqualTo("vi".equals(lang) ? "trang 1/2" : "page 1 of 2");
                assertNoSidewaysScroll();
            }
        }
    }

    @Test
    void aDeletionAsksFirstAndLeavesTheRecordDeletedForAnAdministrator() {
        browser.open("/programmes/" + programme + "/labour/records?unit=" + units.byCode("QT.CL.HIEU").orElseThrow().id()
                + "&month=3");
        String name = browser.findElement(By.cssSelector("#labour-records tbody tr td:nth-child(4) span")).getText();
        browser.click(browser.findElement(By.cssSelector("#labour-records tbody tr .btn-outline-danger")));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
        assertThat(browser.switchTo().alert().getText()).contains("Xóa hồ sơ của " + name);
        browser.switchTo().alert().accept();
        String saved = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success"))).getText();
        assertThat(saved).isEqualTo("Đã xóa hồ sơ của " + name + ".");
        assertThat(browser.findElement(By.id("labour-records")).getText()).contains("Đã xóa", "Khôi phục");
    }

    @Test
    void aRefusedListNamesRowColumnAndWhyOnADesktopAndAPhone() throws IOException {
        Path file = Files.createTempFile("ho-so-", ".csv");
        Files.writeString(file, "Loại,Xã,Ngày,Họ tên,Giới tính,Ngày sinh,Nơi làm việc\n"
                + "Giải quyết việc làm,Cam An,31/06/" + YEAR + ",Lê Văn Tám,Nam,01/01/1990,Tại xã\n"
                + "Giải quyết việc làm,Cam An,05/03/" + YEAR + ",Lê Văn Bé,Nam,01/01/" + (YEAR - 8) + ",Tại xã\n"
                + "Giải quyết việc làm,Cam An,05/03/2099,Lê Văn Mai,Nam,,Tại xã\n", StandardCharsets.UTF_8);
        for (String lang : new String[] {"vi", "en"}) {
            for (Dimension size : new Dimension[] {new Dimension(1366, 768), new Dimension(390, 844)}) {
                browser.manage().window().setSize(size);
                browser.open("/labour/import?lang=" + lang);
                browser.findElement(By.id("file")).sendKeys(file.toString());
                browser.click(browser.findElement(By.cssSelector("button[name=dryRun][value=true]")));
                String result = new WebDriverWait(browser, Duration.ofSeconds(15))
                        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#labour-result .alert-danger")))
                        .findElement(By.xpath("..")).getText();
                screenshot("labour-import-refused-" + size.width + "-" + lang);
                assertThat(result).contains("vi".equals(lang) ? "31/06/" + YEAR + " không phải là ngày có thật"
                        : "31/06/" + YEAR + " is not a real day");
                assertNoSidewaysScroll();
            }
        }
    }

    /** The page's own content does not reach beyond the window (a table scrolls in its own container). */
    private void assertNoSidewaysScroll() {
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "const main = document.querySelector('main');"
                + "return Math.max(...[...main.querySelectorAll('*')].filter(e => !e.closest('.table-responsive'))"
                + ".map(e => e.getBoundingClientRect().right)) - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("the page's content reaches beyond the window").isLessThanOrEqualTo(0);
    }

    /** The whole page, the window made as tall as it (up to 3.000 px) for the shot. */
    private void screenshot(String name) {
        long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(before.width, (int) Math.min(height + 120, 3000)));
        browser.screenshot(name);
        browser.manage().window().setSize(before);
    }
}

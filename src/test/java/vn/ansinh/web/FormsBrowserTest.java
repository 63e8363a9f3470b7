package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.programme.DocumentEdit;
import vn.ansinh.programme.ProgrammeEditor;
import vn.ansinh.reporting.Report;
import vn.ansinh.reporting.ReportState;
import vn.ansinh.reporting.ReporterKind;
import vn.ansinh.reporting.Reports;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.BrowserSession;
import vn.ansinh.support.SeedOfYear;
import vn.ansinh.support.ServerTest;
import vn.ansinh.targets.Indicators;
import vn.ansinh.units.Units;

/**
 * Forms keep what was typed, in the browser: the report form after a wrong figure and after a save over a
 * newer one (both versions shown), the add-user form after a refused password (the role kept, and no role
 * chosen to begin with), the apportionment's whole following the target; irreversible steps ask first.
 * Screenshots at 1366×768 and 390×844, Vietnamese and English, land in target/screenshots/forms-*.png.
 */
@ServerTest
class FormsBrowserTest {

    private static final int YEAR = 2039;
    private static final String ADMIN = "quantri.bieumau";
    /** How far the page's own content (not what scrolls inside a table's container) reaches past the window. */
    private static final String OVERFLOW = """
            var worst = 0;
            document.querySelectorAll('main *').forEach(function (e) {
                if (e.parentElement.closest('.table-responsive')) { return; }
                worst = Math.max(worst, e.getBoundingClientRect().right + window.scrollX);
            });
            return Math.ceil(worst - document.documentElement.clientWidth);""";
    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    UserAccounts accounts;
    @Autowired
    Reports reports;
    @Autowired
    Units units;
    @Autowired
    Indicators indicators;
    @Autowired
    ProgrammeImporter importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProgrammeEditor editor;

    WebDriverWait wait;

    @BeforeEach
    void signIn() {
        browser.signIn(accounts, ADMIN, Set.of(RoleAssignment.admin()));
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @Test
    void theReportFormKeepsWhatWasTypedAfterAWrongFigureAndAfterANewerSave() throws IOException {
        keepsWhatWasTyped("vi", "QT.CL.AN", "Không phải số: viết như 1.234 hoặc 9,5", "Bản đã lưu");
        keepsWhatWasTyped("en", "QT.CL.THANH", "Not a number: write it like 1.234 or 9,5", "Saved version");
    }

    private void keepsWhatWasTyped(String lang, String commune, String notANumber, String theirs) throws IOException {
        Report report = marchReport(commune);
        long jobs = indicators.byCode("JOBS_CREATED").orElseThrow().id();
        browser.open("/programmes/" + programme() + "/reports/" + report.id() + "?lang=" + lang);
        type("f" + jobs, "12o");
        type("difficulties", "Thiếu vốn cho hộ nghèo");
        type("proposals", "Tăng vốn vay ưu đãi");
        browser.click(browser.findElement(By.id("save")));

        WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f" + jobs + "-problem")));
        assertThat(problem.getText()).isEqualTo(notANumber);
        assertThat(value("f" + jobs)).isEqualTo("12o");
        assertThat(browser.findElement(By.id("f" + jobs)).getAttribute("class")).contains("is-invalid");
        assertThat(value("difficulties")).isEqualTo("Thiếu vốn cho hộ nghèo");
        assertThat(value("proposals")).isEqualTo("Tăng vốn vay ưu đãi");
        screenshots("report-error-" + lang, problem);

        Report now = reports.byId(report.id(), AccessScope.everything());
        reports.save(now.id(), now.version(), Map.of(jobs, BigDecimal.valueOf(30)), "Bản của cán bộ khác", null,
                "canbo.khac", AccessScope.everything());
        type("f" + jobs, "12");
        browser.click(browser.findElement(By.id("save")));

        WebElement conflict = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("conflict")));
        assertThat(conflict.getText()).contains("canbo.khac", theirs, "Bản của cán bộ khác", "Thiếu vốn cho hộ nghèo");
        assertThat(browser.findElement(By.cssSelector("[data-theirs='" + jobs + "']")).getText()).isEqualTo("30");
        assertThat(value("f" + jobs)).isEqualTo("12");
        assertThat(value("difficulties")).isEqualTo("Thiếu vốn cho hộ nghèo");
        screenshots("report-conflict-" + lang, conflict);

        browser.click(browser.findElement(By.id("save")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
        Report saved = reports.byId(report.id(), AccessScope.everything());
        assertThat(saved.figures().stream().filter(f -> f.indicatorId() == jobs).findFirst().orElseThrow().amount())
                .isEqualByComparingTo("12");
        assertThat(saved.difficulties()).isEqualTo("Thiếu vốn cho hộ nghèo");
    }

    @Test
    void submittingAReportAsksFirstAndDecliningSubmitsNothing() {
        Report report = marchReport("QT.CL.TUYEN");
        browser.open("/programmes/" + programme() + "/reports/" + report.id());
        browser.click(browser.findElement(By.id("submit")));
        Alert ask = wait.until(ExpectedConditions.alertIsPresent());
        assertThat(ask.getText()).startsWith("Gửi Báo cáo tháng 3/" + YEAR + " — Xã Cam Tuyền lên phòng?");
        ask.dismiss();
        assertThat(reports.byId(report.id(), AccessScope.everything()).state()).isEqualTo(ReportState.DRAFT);

        browser.click(browser.findElement(By.id("submit")));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
        assertThat(reports.byId(report.id(), AccessScope.everything()).state()).isEqualTo(ReportState.SUBMITTED);
        browser.click(browser.findElement(By.id("approve")));
        assertThat(wait.until(ExpectedConditions.alertIsPresent()).getText()).startsWith("Duyệt Báo cáo tháng 3/" + YEAR);
        browser.switchTo().alert().dismiss();
        assertThat(reports.byId(report.id(), AccessScope.everything()).state()).isEqualTo(ReportState.SUBMITTED);
    }

    @Test
    void theAddUserFormChoosesNoRoleAndKeepsTheOneChosenAfterAnError() throws IOException {
        for (String lang : new String[] {"vi", "en"}) {
            browser.open("/admin/users?lang=" + lang);
            Select role = new Select(browser.findElement(By.id("role")));
            assertThat(role.getFirstSelectedOption().getAttribute("value")).isEmpty();
            assertThat(role.getFirstSelectedOption().getText()).isEqualTo(lang.equals("vi") ? "— chọn vai trò —" : "— choose a role —");
            type("username", "canbo.moi." + lang);
            type("displayName", "Nguyễn Thị Mới");
            role.selectByValue("COMMUNE_OFFICER");
            String camAn = lang.equals("vi") ? "Cam An (QT.CL.AN)" : "Cam An Commune (QT.CL.AN)";
            new Select(browser.findElement(By.id("unitId"))).selectByVisibleText(camAn);
            type("password", "abc");
            browser.click(browser.findElement(By.cssSelector("#new-user button[type=submit]")));

            WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-problem")));
            assertThat(new Select(browser.findElement(By.id("role"))).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo("COMMUNE_OFFICER");
            assertThat(new Select(browser.findElement(By.id("unitId"))).getFirstSelectedOption().getText())
                    .isEqualTo(camAn);
            assertThat(value("username")).isEqualTo("canbo.moi." + lang);
            assertThat(value("displayName")).isEqualTo("Nguyễn Thị Mới");
            assertThat(accounts.byUsername("canbo.moi." + lang)).isEmpty();
            screenshots("user-error-" + lang, problem);
        }
        new Select(browser.findElement(By.id("role"))).selectByValue("");
        browser.click(browser.findElement(By.cssSelector("#new-user button[type=submit]")));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("role-problem"))).getText())
                .isEqualTo("This field is required.");
    }

    @Test
    void theApportionmentWholeFollowsTheTargetAndSavingAsksFirst() throws IOException {
        for (String lang : new String[] {"vi", "en"}) {
            browser.open("/programmes/1/apportionment?mode=communes&target=bieu-1:6&base=bieu-1:3&lang=" + lang);
            type("whole", "1.300");
            browser.click(browser.findElement(By.cssSelector("form button[type=submit].btn-primary")));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
            new Select(browser.findElement(By.id("target"))).selectByValue("bieu-1:7");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("whole-refreshed")));
            assertThat(value("whole")).isEqualTo("547");
            assertThat(browser.findElement(By.cssSelector("input[type=hidden][name=whole]")).getAttribute("value"))
                    .isEqualTo("547");
            screenshots("apportionment-" + lang, browser.findElement(By.id("whole-refreshed")));
        }
        long targetsBefore = jdbc.sql("select count(*) from audit_event").query(Long.class).single();
        browser.click(browser.findElement(By.id("confirm")));
        Alert ask = wait.until(ExpectedConditions.alertIsPresent());
        assertThat(ask.getText()).startsWith("Write the 547 split as the targets of 2019?");
        ask.dismiss();
        assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isEqualTo(targetsBefore);
    }

    @Test
    void creatingNextYearsProgrammeAsksFirst() {
        long programmes = jdbc.sql("select count(*) from programme").query(Long.class).single();
        browser.open("/programmes/1");
        browser.click(browser.findElement(By.id("next-year")));
        Alert ask = wait.until(ExpectedConditions.alertIsPresent());
        assertThat(ask.getText()).startsWith("Tạo chương trình năm 2020 từ chương trình này?");
        ask.dismiss();
        assertThat(jdbc.sql("select count(*) from programme").query(Long.class).single()).isEqualTo(programmes);
    }

    @Test
    void theProgrammeTextSavedMeanwhileIsShownBesideWhatWasTypedAndSavingAgainPutsItOver() throws IOException {
        long id = programme();
        for (String lang : new String[] {"vi", "en"}) {
            browser.open("/programmes/" + id + "/edit?lang=" + lang);
            type("preamble", "Căn cứ kế hoạch năm " + YEAR + " (bản của tôi, " + lang + ")");
            DocumentEdit now = editor.document(id).orElseThrow();
            editor.updateDocument(id, new DocumentEdit(now.number(), now.symbol(), now.day(), now.month(), now.year(),
                    now.title(), "Bản của cán bộ khác (" + lang + ")", now.closing(), now.distributionHeading(),
                    now.recipients(), now.signatureHeading(), now.version()), "canbo.khac");
            browser.click(browser.findElement(By.id("save")));

            WebElement conflict = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("conflict")));
            assertThat(conflict.getText()).contains("canbo.khac", "Bản của cán bộ khác (" + lang + ")",
                    "(bản của tôi, " + lang + ")");
            assertThat(value("preamble")).isEqualTo("Căn cứ kế hoạch năm " + YEAR + " (bản của tôi, " + lang + ")");
            screenshots("programme-conflict-" + lang, conflict);
            browser.click(browser.findElement(By.id("save")));
            wait.until(ExpectedConditions.urlToBe(browser.url("/programmes/" + id)));
            assertThat(editor.document(id).orElseThrow().preamble()).endsWith("(bản của tôi, " + lang + ")");
        }
    }

    @Test
    void refusedTextRoleAndClassifyFormsSayWhatIsWrongBesideTheFieldAndKeepWhatWasTyped() throws IOException {
        long id = programme();
        long self = accounts.byUsername(ADMIN).orElseThrow().id();
        for (String lang : new String[] {"vi", "en"}) {
            browser.open("/programmes/" + id + "/signatories/edit?lang=" + lang);
            type("label-0", " ");
            browser.click(browser.findElement(By.id("save")));
            screenshots("signatories-error-" + lang,
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("label0-problem"))));

            browser.open("/admin/users/" + self + "?lang=" + lang);
            new Select(browser.findElement(By.id("role"))).selectByValue("ORGANISATION_OFFICER");
            browser.click(browser.findElement(By.cssSelector("#add-role button[type=submit]")));
            WebElement organisation = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("organisationId-problem")));
            assertThat(new Select(browser.findElement(By.id("role"))).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo("ORGANISATION_OFFICER");
            screenshots("role-error-" + lang, organisation);

            browser.open("/poverty/standards?lang=" + lang);
            WebElement form = wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(
                    By.cssSelector("form[id^=classify-]"), 0)).get(0);
            String standard = form.getAttribute("id").substring("classify-".length());
            type("income-" + standard, "1,2 triệu");
            browser.click(form.findElement(By.cssSelector("button[type=submit]")));
            WebElement income = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("income-" + standard + "-problem")));
            assertThat(value("income-" + standard)).isEqualTo("1,2 triệu");
            screenshots("classify-error-" + lang, income);
        }
    }

    private Report marchReport(String commune) {
        long unit = units.byCode(commune).orElseThrow().id();
        long march = reports.periods(programme(), AccessScope.everything()).stream()
                .filter(p -> p.code().equals(YEAR + "-03")).findFirst().orElseThrow().id();
        return reports.open(march, ReporterKind.UNIT, unit, "quantri-test", AccessScope.everything());
    }

    /** The year's programme, imported as an administrator would (an import without a user is the seed loader's). */
    private long programme() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("quantri-test", null, "ROLE_ADMIN"));
        try {
            return SeedOfYear.of(jdbc, importer, YEAR).programmeId();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    /** The page at a laptop's and a phone's size, the element in view; the page's content never runs past a phone's width. */
    private void screenshots(String name, WebElement shown) throws IOException {
        for (Dimension size : new Dimension[] {BrowserSession.DESKTOP, BrowserSession.PHONE}) {
            browser.manage().window().setSize(size);
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", shown);
            browser.screenshot("forms-" + name + "-" + size.width);
            Object overflow = ((JavascriptExecutor) browser).executeScript(OVERFLOW);
            assertThat(((Number) overflow).intValue()).as(name + " at " + size.width + " scrolls sideways").isLessThanOrEqualTo(0);
        }
        browser.size(BrowserSession.DESKTOP);
    }
}

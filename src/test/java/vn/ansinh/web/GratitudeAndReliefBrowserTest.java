package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.support.BrowserSession;
import vn.ansinh.support.SeedOfYear;
import vn.ansinh.support.ServerTest;
import vn.ansinh.units.Units;

/**
 * Cam An's officer records, in 2008's programme, a gratitude house handed over on 10/05/2008 and the storm «Bão số 9»
 * of 05/09/2008 with a household it hit and the rice and money given — on the commune's own pages, as typed — and
 * then sees both in the commune's September report and on the dashboard, in Vietnamese and English, on a desktop
 * and a phone.
 */
@ServerTest
class GratitudeAndReliefBrowserTest {

    private static final int YEAR = 2008;
    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    UserAccounts accounts;
    @Autowired
    Units units;
    @Autowired
    ProgrammeImporter importer;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aGratitudeHouseAndAReliefEventReachTheReportAndTheDashboard() {
        long programme = programme();
        long camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        browser.signIn(accounts, "canbo.caman.nghiatinh", Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camAn)));

        recordTheHouse(camAn);
        recordTheStorm(camAn);

        browser.open("/programmes/" + programme + "/reports?period=" + YEAR + "-09");
        browser.click(browser.findElement(By.cssSelector("button[data-reporter='Cam An']")));
        String report = registers();
        assertThat(report).contains("1 xây mới, 0 sửa chữa; kinh phí 85.000.000 đồng",
                "Xây mới: hộ Hoàng Thị Lài, Thôn An Mỹ, bàn giao 10/05/2008",
                "1 đợt thiên tai, sự cố; 1 hộ bị ảnh hưởng, 1 hộ được trợ giúp; 30 kg gạo, 2.000.000 đồng",
                "Bão số 9 (Bão, 05/09/2008): 1 hộ bị ảnh hưởng");
        assertThat(browser.findElement(By.id("computed-NO_POOR_MERIT_HOUSEHOLD")).getText())
                .isEqualTo("Không có hộ nghèo thuộc chính sách người có công Chưa có số liệu");
        String reportUrl = browser.getCurrentUrl();
        shots("report", reportUrl);

        String dashboard = browser.url("/programmes/" + programme + "/dashboard");
        browser.get(dashboard);
        assertThat(registers()).contains("1 xây mới", "Hoàng Thị Lài", "Bão số 9");
        assertThat(browser.findElement(By.id("computed-NO_POOR_MERIT_HOUSEHOLD")).getText())
                .isEqualTo("Không có hộ nghèo thuộc chính sách người có công Chưa có số liệu");
        shots("dashboard", dashboard);

        browser.get(reportUrl + "?lang=en");
        assertThat(registers()).contains("1 built, 0 repaired; cost 85.000.000 dong", "Bão số 9 (Storm, 05/09/2008)");
        browser.get(dashboard + "?lang=vi");
    }

    private void recordTheHouse(long camAn) {
        browser.open("/gratitude?unit=" + camAn + "&year=" + YEAR);
        WebElement form = browser.findElement(By.id("house-form"));
        new Select(form.findElement(By.name("kind"))).selectByValue("BUILT");
        type(form, "headName", "Hoàng Thị Lài");
        type(form, "village", "Thôn An Mỹ");
        type(form, "cost", "85.000.000");
        type(form, "source", "Quỹ Đền ơn đáp nghĩa huyện");
        type(form, "handedOverOn", "10/05/2008");
        browser.click(browser.findElement(By.id("house-save")));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getPageSource().contains("Hoàng Thị Lài")
                && d.findElements(By.id("house-form")).size() == 1);
    }

    private void recordTheStorm(long camAn) {
        browser.open("/relief?unit=" + camAn + "&year=" + YEAR);
        WebElement event = browser.findElement(By.id("relief-event-form"));
        new Select(event.findElement(By.name("kind"))).selectByValue("STORM");
        type(event, "name", "Bão số 9");
        date(event, "struckOn", "2008-09-05");
        Select communes = new Select(event.findElement(By.name("unitIds")));
        if (communes.getAllSelectedOptions().isEmpty()) {
            communes.selectByValue(String.valueOf(camAn));
        }
        browser.click(browser.findElement(By.id("relief-event-save")));
        WebElement household = browser.findElement(By.id("relief-household-form"));
        type(household, "headName", "Trần Văn Mười");
        type(household, "village", "Thôn Tân Hiếu");
        new Select(household.findElement(By.name("damage"))).selectByValue("HOUSE_DAMAGED");
        browser.click(browser.findElement(By.id("relief-household-save")));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getPageSource().contains("Trần Văn Mười")
                && !d.findElements(By.id("relief-given-form")).isEmpty());
        WebElement given = browser.findElement(By.id("relief-given-form"));
        new Select(given.findElement(By.name("affectedId"))).selectByVisibleText("Trần Văn Mười – Thôn Tân Hiếu");
        type(given, "giver", "UBND xã Cam An");
        date(given, "givenOn", "2008-09-07");
        type(given, "riceKg", "30");
        type(given, "money", "2.000.000");
        browser.click(browser.findElement(By.id("relief-given-save")));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getPageSource().contains("UBND xã Cam An"));
    }

    private String registers() {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("registers"))).getText();
    }

    private static void type(WebElement form, String name, String text) {
        WebElement field = form.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    /** A date field the browser draws as a calendar: set as the form sends it. */
    private static void date(WebElement form, String name, String isoDay) {
        browser.executeScript("arguments[0].value = arguments[1]", form.findElement(By.name(name)), isoDay);
    }

    private static void shots(String name, String url) {
        for (String lang : new String[] {"vi", "en"}) {
            for (Dimension size : new Dimension[] {BrowserSession.DESKTOP, BrowserSession.PHONE}) {
                browser.size(size);
                browser.get(url + (url.contains("?") ? "&" : "?") + "lang=" + lang);
                browser.executeScript("document.getElementById('registers').scrollIntoView()");
                browser.screenshot("merit-relief/" + name + "-" + size.width + "-" + lang);
            }
        }
        browser.size(BrowserSession.DESKTOP);
        browser.get(url + (url.contains("?") ? "&" : "?") + "lang=vi");
    }

    /** The year's programme, imported as an administrator would (an import without a user is the seed loader's). */
    private long programme() {
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("quantri-test", null, "ROLE_ADMIN"));
        try {
            return SeedOfYear.of(jdbc, importer, YEAR).programmeId();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

package vn.ansinh.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
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
import vn.ansinh.partners.Partners;
import vn.ansinh.shared.Dates;
import vn.ansinh.support.BrowserSession;
import vn.ansinh.support.SeedOfYear;
import vn.ansinh.support.ServerTest;
import vn.ansinh.units.Units;

/**
 * The coordinating office records a monthly meeting of the 2058 programme in the browser with two decisions — Cam
 * An's, already past its date, and the Women's union's, closed on time with what was done — and sees the overdue one
 * on the dashboard and on Cam An's page (its action items loaded into the party's home page); then plans an
 * inspection of a vocational course whose recommendation Cam An's officer closes there. The server's clock is the real one: the days are counted
 * from today.
 */
@ServerTest
class CoordinationBrowserTest {

    private static final int YEAR = 2058;
    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    UserAccounts accounts;
    @Autowired
    Units units;
    @Autowired
    Partners partners;
    @Autowired
    ProgrammeImporter importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void aMeetingsDecisionsAndAnInspectionsRecommendationAreFollowedToClosure() {
        long programme = programme();
        long camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        String women = "ORGANISATION:" + partners.byCode("CL.HPN").orElseThrow().id();
        LocalDate today = LocalDate.now(clock);
        browser.signIn(accounts, "quantri.phoihop", Set.of(RoleAssignment.admin()));

        browser.open("/programmes/" + programme);
        browser.click("nav-coordination");
        recordMeeting(today.minusDays(40), "UNIT:" + camAn, women);
        long overdue = decide("Rà soát, lập danh sách lao động nông thôn cần học nghề", "UNIT:" + camAn, today.minusDays(10));
        long onTime = decide("Phối hợp Ngân hàng CSXH tuyên truyền vay vốn giải quyết việc làm", women, today.plusDays(20));
        close(onTime, "Đã tổ chức 4 buổi tuyên truyền cho 160 hội viên");

        assertThat(browser.text("decided-item-" + onTime)).contains("Đã xong ngày " + Dates.shown(today),
                "Đã tổ chức 4 buổi tuyên truyền cho 160 hội viên");
        assertThat(browser.text("decided-item-" + overdue)).contains("Quá hạn");
        browser.screenshot("coordination/meeting-desktop");
        browser.size(BrowserSession.PHONE);
        browser.executeScript("document.getElementById('decided').scrollIntoView()");
        browser.screenshot("coordination/meeting-phone");
        browser.size(BrowserSession.DESKTOP);

        browser.open("/programmes/" + programme + "/dashboard");
        assertThat(browser.text("overdue-action-items")).contains("Rà soát, lập danh sách lao động nông thôn cần học nghề",
                "UBND xã Cam An", Dates.shown(today.minusDays(10))).doesNotContain("tuyên truyền vay vốn");

        long recommendation = inspect(today, camAn);
        browser.signIn(accounts, "canbo.phoihop.caman", Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camAn)));
        String home = "/programmes/" + programme + "/parties/UNIT/" + camAn;
        browser.open(home);
        String items = new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(
                By.id("action-items-of-party")).isEmpty() ? null : d.findElement(By.id("action-items-of-party")).getText());
        assertThat(items).contains("2 việc đang mở, 1 việc quá hạn.", "Quá hạn",
                "Rà soát, lập danh sách lao động nông thôn cần học nghề", "Bổ sung 5 máy may công nghiệp cho lớp học")
                .doesNotContain("tuyên truyền vay vốn");
        browser.screenshot("coordination/party-desktop");
        close(recommendation, "Đã mua và bàn giao 5 máy may");
        assertThat(browser.getCurrentUrl()).as("back on the party's page").endsWith(home);

        browser.open("/programmes/" + programme + "/action-items?status=CLOSED&party=UNIT:" + camAn);
        assertThat(browser.text("items-item-" + recommendation)).contains("Đã xong ngày " + Dates.shown(today),
                "Đã mua và bàn giao 5 máy may", "Kiểm tra: Lớp đào tạo nghề may công nghiệp " + YEAR);
        assertThat(browser.findElements(By.id("close-form-" + overdue))).isEmpty();
    }

    private void recordMeeting(LocalDate held, String... present) {
        WebElement form = browser.findElement(By.id("meeting-form"));
        new Select(form.findElement(By.name("kind"))).selectByValue("MONTHLY");
        date(form, "heldOn", held);
        type(form, "place", "Hội trường UBND huyện Cam Lộ");
        type(form, "chairName", "Nguyễn Văn Hùng");
        type(form, "chairTitle", "Phó Chủ tịch UBND huyện");
        type(form, "secretary", "Lê Thị Mai");
        for (String party : present) {
            browser.click(form.findElement(By.cssSelector("input[name=present][value='" + party + "']")));
        }
        type(form, "agenda", "Đánh giá kết quả tháng; triển khai nhiệm vụ tháng tới");
        browser.click("meeting-save");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("meeting-title")).isEmpty());
    }

    /** Adds a decision on the page shown and reads its id from the address the page went back to. */
    private long decide(String text, String party, LocalDate due) {
        WebElement form = browser.findElement(By.id("item-form"));
        type(form, "text", text);
        new Select(form.findElement(By.name("party"))).selectByValue(party);
        date(form, "due", due);
        String before = browser.getCurrentUrl();
        browser.click("item-save");
        // a new address: after the first decision the old one already names an item
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().equals(before)
                && d.getCurrentUrl().contains("#item-"));
        String url = browser.getCurrentUrl();
        return Long.parseLong(url.substring(url.indexOf("#item-") + 6));
    }

    private void close(long item, String note) {
        type(browser.findElement(By.id("close-form-" + item)), "closingNote", note);
        browser.click("close-" + item);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.id("close-form-" + item)).isEmpty());
    }

    private long inspect(LocalDate today, long camAn) {
        browser.click("nav-coordination");
        browser.click("tab-inspections");
        WebElement form = browser.findElement(By.id("inspection-form"));
        new Select(form.findElement(By.name("kind"))).selectByValue("INSPECTION");
        date(form, "plannedFrom", today.minusDays(20));
        date(form, "plannedTo", today.minusDays(19));
        type(form, "subject", "Lớp đào tạo nghề may công nghiệp " + YEAR);
        type(form, "purpose", "Đánh giá chất lượng đào tạo nghề cho lao động nông thôn");
        type(form, "team", "Phòng LĐ-TB&XH (trưởng đoàn), Hội LHPN huyện");
        browser.click(form.findElement(By.cssSelector("input[name=parties][value='UNIT:" + camAn + "']")));
        browser.click(form.findElement(By.cssSelector("input[name=communes][value='" + camAn + "']")));
        browser.click("inspection-save");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("inspection-title")).isEmpty());
        return decide("Bổ sung 5 máy may công nghiệp cho lớp học", "UNIT:" + camAn, today.plusDays(15));
    }

    private static void type(WebElement form, String name, String text) {
        WebElement field = form.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    /** A date field the browser draws as a calendar: set as the form sends it. */
    private static void date(WebElement form, String name, LocalDate day) {
        browser.executeScript("arguments[0].value = arguments[1]", form.findElement(By.name(name)), day.toString());
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

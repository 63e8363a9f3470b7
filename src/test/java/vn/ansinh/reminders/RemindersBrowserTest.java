package vn.ansinh.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.reminders.internal.ReminderStore;
import vn.ansinh.support.BrowserSession;
import vn.ansinh.support.ServerTest;
import vn.ansinh.units.Units;

/**
 * A commune officer of Cam Hiếu with two reminders (given here as the job gives them) sees the bell with 2 in the
 * menu, on a phone too without opening the menu, opens the list and marks one read: the bell says 1. Screenshots in
 * target/screenshots/reminders/.
 */
@ServerTest
class RemindersBrowserTest {

    static final String OFFICER = "nhac.trinhduyet";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    UserAccounts accounts;
    @Autowired
    ReminderStore store;
    @Autowired
    Units units;

    @Test
    void theBellCountsTheUnreadRemindersAndTheListMarksOneRead() {
        long hieu = units.byCode("QT.CL.HIEU").orElseThrow().id();
        browser.signIn(accounts, OFFICER, Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, hieu)));
        long officer = accounts.byUsername(OFFICER).orElseThrow().id();
        Instant at = Instant.parse("2058-04-02T23:00:00Z");
        store.give(officer, new DueItem(ReminderKind.REPORT_DUE, "period:browser/UNIT:" + hieu, ReminderStage.DUE_SOON,
                LocalDate.of(2058, 4, 5), "Cam Hiếu", "2058-03", "/programmes/1/reports?period=2019-03", Set.of(officer)), at);
        store.give(officer, new DueItem(ReminderKind.REVIEW_ROUND_OPEN, "round:browser-" + hieu, ReminderStage.OVERDUE,
                LocalDate.of(2057, 12, 14), "xã Cam Hiếu", "2057", "/registry", Set.of(officer)), at);

        browser.size(BrowserSession.DESKTOP);
        browser.open("/programmes?lang=vi");
        assertThat(browser.text("reminder-count")).isEqualTo("2");
        browser.click("reminder-bell");
        assertThat(browser.findElements(By.cssSelector("#reminder-list .reminder-link")).stream().map(e -> e.getText())
                .toList()).contains("Báo cáo kỳ 2058-03 của Cam Hiếu đến hạn nộp ngày 05/04/2058",
                        "Rà soát hộ nghèo, hộ cận nghèo năm 2057 của xã Cam Hiếu đã quá hạn kết thúc (hạn ngày 14/12/2057)");
        browser.screenshot("reminders/desktop-list");

        browser.size(BrowserSession.PHONE);
        browser.open("/reminders");
        browser.screenshot("reminders/phone-list");
        assertThat(browser.findElement(By.id("reminder-count-phone")).isDisplayed()).as("the bell outside the collapsed menu")
                .isTrue();
        browser.click(browser.findElements(By.cssSelector("#reminder-list form button")).get(0));
        assertThat(browser.text("reminder-count-phone")).isEqualTo("1");
        browser.screenshot("reminders/phone-after-read");
    }
}

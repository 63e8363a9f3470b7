package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.support.BrowserSession;
import vn.ansinh.support.ServerTest;
import vn.ansinh.units.Units;

/** An officer records a job placement in the browser and sees the commune's achieved jobs rise by one. */
@ServerTest
class JobPlacementBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    UserAccounts accounts;
    @Autowired
    Units units;

    @BeforeEach
    void signIn() {
        browser.signIn(accounts, "quantri.viec", Set.of(RoleAssignment.admin()));
    }

    @Test
    void aJobPlacementRaisesItsCommunesProgress() {
        long camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        browser.open("/programmes/1/progress");
        int before = jobs(camAn);

        new Select(browser.findElement(By.id("unit"))).selectByVisibleText("Cam An");
        browser.findElement(By.id("fullName")).sendKeys("Nguyễn Thị Hương");
        new Select(browser.findElement(By.id("sex"))).selectByValue("F");
        new Select(browser.findElement(By.id("place"))).selectByValue("IN_PROVINCE");
        browser.findElement(By.id("employer")).sendKeys("Công ty may Quảng Trị");
        browser.click(browser.findElement(By.id("save-job")));

        String saved = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success"))).getText();
        assertThat(saved).contains("Đã ghi nhận việc làm của Nguyễn Thị Hương");
        assertThat(jobs(camAn)).isEqualTo(before + 1);
    }

    /** Cam An's achieved jobs (column 6) as the page shows them. */
    private static int jobs(long unit) {
        return Integer.parseInt(browser.findElement(By.cssSelector("#progress-" + unit + " td[data-column='6']")).getText()
                .replace(".", ""));
    }
}

package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.support.BrowserSession;
import vn.ansinh.support.ServerTest;

/** An officer changes Cam An's job target in the browser and sees Biểu 1's total change with it. */
@ServerTest
class EditTargetBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void signIn() {
        browser.signIn(accounts, "quantri.sua", Set.of(RoleAssignment.admin()));
    }

    @AfterEach
    void putThePrintedFigureBack() {
        setCamAnJobs("215");
    }

    @Test
    void editingATargetChangesTheTotalOfBieu1() {
        browser.open("/programmes/1/tables/bieu-1");
        assertThat(jobsTotal().getText()).contains("1.296", "in: 1.297");

        String saved = setCamAnJobs("216");

        assertThat(saved).contains("Đã lưu số liệu của Cam An");
        assertThat(jobsTotal().getText()).isEqualTo("1.297");
        assertThat(jobsTotal().getAttribute("class")).doesNotContain("disagree");
    }

    /** Saves Cam An's job target through its form and answers the message of the table page it returns to. */
    private String setCamAnJobs(String value) {
        browser.open("/programmes/1/tables/bieu-1");
        browser.click(browser.findElement(By.xpath("//tr[td[normalize-space()='Cam An']]//a[normalize-space()='Sửa']")));
        WebElement jobs = browser.findElement(By.id("c6"));
        jobs.clear();
        jobs.sendKeys(value);
        browser.click(browser.findElement(By.cssSelector("main form button[type=submit]")));
        // The click returns before the redirected table page has loaded; wait for its message.
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success"))).getText();
    }

    /** Column 6 (giải quyết việc làm) of the total row: the 8th cell, after TT, name and columns 1–5. */
    private WebElement jobsTotal() {
        // Waited for: on a loaded machine the table page can still be arriving when the previous step returns.
        return new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage(() -> "the total row of the page shown: "
                + browser.getCurrentUrl()).until(d -> {
                    List<WebElement> cells = d.findElements(By.cssSelector("tr.total td"));
                    return cells.size() > 7 ? cells.get(7) : null;
                });
    }
}

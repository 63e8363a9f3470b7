package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.support.Browser;
import vn.ansinh.support.ServerTest;
import vn.ansinh.support.TestAccounts;

/**
 * The menu says where one is: the programme's year on the switcher, the current page marked; on a phone it
 * is collapsed behind its button and opens with it. Screenshots (desktop and phone, closed and open,
 * Vietnamese and English) are kept in target/screenshots/menu/.
 */
@ServerTest
class MenuBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots", "menu");
    private static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;

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

    @Test
    void theMenuShowsTheProgrammesYearAndTheCurrentPageAndCollapsesOnAPhone() throws Exception {
        String password = TestAccounts.ensure(accounts, "thucdon.quantri", Set.of(RoleAssignment.admin()));
        browser.manage().window().setSize(new Dimension(1366, 768));
        TestAccounts.signIn(browser, base(), "thucdon.quantri", password);
        Files.createDirectories(SHOTS);

        for (String language : new String[] {"vi", "en"}) {
            browser.manage().window().setSize(new Dimension(1366, 768));
            browser.get(base() + "/programmes/1/reports?period=2019-03&lang=" + language);
            assertThat(browser.findElement(By.cssSelector("#programme-switcher summary")).getText())
                    .isEqualTo(language.equals("vi") ? "Chương trình 2019" : "Programme 2019");
            WebElement current = browser.findElement(By.cssSelector("#programme-pages [aria-current=page]"));
            assertThat(current.getText()).isEqualTo(language.equals("vi") ? "Báo cáo định kỳ" : "Periodic reports");
            assertThat(current.getAttribute("href")).endsWith("/programmes/1/reports");
            shot("desktop-" + language);
            Browser.click(browser, browser.findElement(By.cssSelector("#programme-switcher summary")));
            shot("desktop-switcher-" + language);

            browser.manage().window().setSize(new Dimension(390, 844));
            browser.get(base() + "/programmes/1/reports?period=2019-03&lang=" + language);
            assertThat(browser.findElement(By.id("main-menu")).isDisplayed()).as("the menu is collapsed on a phone").isFalse();
            shot("phone-closed-" + language);
            Browser.click(browser, browser.findElement(By.cssSelector(".navbar-toggler")));
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.findElement(By.id("programme-pages")).isDisplayed());
            Thread.sleep(500);
            shot("phone-open-" + language);
        }
        browser.get(base() + "/registry?lang=vi");
        assertThat(browser.findElement(By.cssSelector("#main-menu [aria-current=page]")).getAttribute("textContent").strip())
                .isEqualTo("Sổ hộ");
    }

    private void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}

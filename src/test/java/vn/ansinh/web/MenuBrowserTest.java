package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.support.BrowserSession;
import vn.ansinh.support.ServerTest;

/**
 * The menu says where one is: the programme's year on the switcher, the current page marked; on a phone it
 * is collapsed behind its button and opens with it. Screenshots (desktop and phone, closed and open,
 * Vietnamese and English) are kept in target/screenshots/menu/.
 */
@ServerTest
class MenuBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    UserAccounts accounts;

    @Test
    void theMenuShowsTheProgrammesYearAndTheCurrentPageAndCollapsesOnAPhone() throws Exception {
        browser.signIn(accounts, "thucdon.quantri", Set.of(RoleAssignment.admin()));

        for (String language : new String[] {"vi", "en"}) {
            browser.size(BrowserSession.DESKTOP);
            browser.open("/programmes/1/reports?period=2019-03&lang=" + language);
            assertThat(browser.findElement(By.cssSelector("#programme-switcher summary")).getText())
                    .isEqualTo(language.equals("vi") ? "Chương trình 2019" : "Programme 2019");
            WebElement current = browser.findElement(By.cssSelector("#programme-pages [aria-current=page]"));
            assertThat(current.getText()).isEqualTo(language.equals("vi") ? "Báo cáo định kỳ" : "Periodic reports");
            assertThat(current.getAttribute("href")).endsWith("/programmes/1/reports");
            shot("desktop-" + language);
            browser.click(browser.findElement(By.cssSelector("#programme-switcher summary")));
            shot("desktop-switcher-" + language);

            browser.size(BrowserSession.PHONE);
            browser.open("/programmes/1/reports?period=2019-03&lang=" + language);
            assertThat(browser.findElement(By.id("main-menu")).isDisplayed()).as("the menu is collapsed on a phone").isFalse();
            shot("phone-closed-" + language);
            browser.click(browser.findElement(By.cssSelector(".navbar-toggler")));
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.findElement(By.id("programme-pages")).isDisplayed());
            Thread.sleep(500);
            shot("phone-open-" + language);
        }
        browser.open("/registry?lang=vi");
        assertThat(browser.findElement(By.cssSelector("#main-menu [aria-current=page]")).getAttribute("textContent").strip())
                .isEqualTo("Sổ hộ");
    }

    private void shot(String name) {
        browser.screenshot("menu/" + name);
    }
}

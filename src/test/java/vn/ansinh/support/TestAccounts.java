package vn.ansinh.support;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.ansinh.accounts.PasswordGenerator;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;

/** Accounts for tests that sign in for real, created once per context with generated passwords. */
public final class TestAccounts {

    private static final Map<String, String> PASSWORDS = new ConcurrentHashMap<>();

    private TestAccounts() {
    }

    /** The password of the account, creating the account with these roles if it does not exist. */
    public static String ensure(UserAccounts accounts, String username, Set<RoleAssignment> roles) {
        if (accounts.byUsername(username).isEmpty()) {
            String password = PasswordGenerator.generate();
            accounts.create(username, username, password, roles);
            PASSWORDS.put(username, password);
        }
        return PASSWORDS.get(username);
    }

    /**
     * Signs in through the login form — starting from no session, so that a session left signed in does not send
     * the form elsewhere, the language chosen kept — and waits for the page it leads to.
     */
    public static void signIn(WebDriver browser, String baseUrl, String username, String password) {
        browser.get(baseUrl + "/login");
        // The session only: a language chosen before (its own cookie) stays.
        browser.manage().getCookies().stream().filter(c -> c.getName().toUpperCase(java.util.Locale.ROOT).contains("SESSION"))
                .forEach(c -> browser.manage().deleteCookie(c));
        browser.get(baseUrl + "/login");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("username")).isEmpty());
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        Browser.click(browser, browser.findElement(By.cssSelector("form button[type=submit]")));
        // Signed in once the page after the sign-in has loaded: the URL changes before that page is there.
        Browser.until(browser, d -> !d.getCurrentUrl().contains("/login")
                && "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")),
                "No page after signing in as " + username);
    }
}

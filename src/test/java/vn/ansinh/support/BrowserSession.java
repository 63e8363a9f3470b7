package vn.ansinh.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;

/**
 * One headless Chromium for a browser test class, owned by JUnit: started before the class (skipped loudly
 * where Chromium is missing, failing on CI — see {@link Browser#start()}), quit after it, and before each
 * test back at a desktop's size with no cookies, so each test signs in afresh. Register it on a
 * {@link ServerTest} class as {@code @RegisterExtension static final BrowserSession browser = new BrowserSession();}
 * and use it as the WebDriver it stands for.
 */
public final class BrowserSession implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, TestWatcher,
        WebDriver, JavascriptExecutor, TakesScreenshot {

    private static final int TEXT_SHOWN = 2000;
    private static final Duration APPEARS = Duration.ofSeconds(10);

    public static final Dimension DESKTOP = new Dimension(1366, 768);
    public static final Dimension PHONE = new Dimension(390, 844);

    private ChromeDriver driver;
    private String base;

    @Override
    public void beforeAll(ExtensionContext context) {
        driver = Browser.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        base = "http://localhost:" + SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port");
        driver.manage().window().setSize(DESKTOP);
        driver.manage().deleteAllCookies();
    }

    /**
     * A failed test leaves what the browser showed: the page's address, title and text in the test's output, and
     * a screenshot in target/screenshots/failed/ — an element not found says why only with the page it was not on.
     */
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver == null) {
            return;
        }
        try {
            String text = String.valueOf(driver.executeScript("return document.body ? document.body.innerText : ''"));
            System.out.println("Browser at the failure of " + context.getDisplayName() + ": " + driver.getCurrentUrl()
                    + " «" + driver.getTitle() + "»\n" + text.substring(0, Math.min(text.length(), TEXT_SHOWN)));
            screenshot("failed/" + context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName());
        } catch (RuntimeException e) {
            System.out.println("Browser at the failure of " + context.getDisplayName() + " could not be read: " + e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
    }


    /** Says why one looks at personal data, as a user does once per session before seeing it in full. */
    public void choosePurpose(String purpose) {
        open("/personal-data/purpose?next=/");
        new org.openqa.selenium.support.ui.Select(findElement(By.id("purpose"))).selectByValue(purpose);
        click(findElement(By.cssSelector("#purpose-form button[type=submit]")));
        new WebDriverWait(driver, APPEARS).until(d -> !d.getCurrentUrl().contains("/personal-data/purpose"));
    }

    /** The running application's address of a path ("" for its root). */
    public String url(String path) {
        return base + path;
    }

    /** Opens a path of the application. */
    public void open(String path) {
        driver.get(url(path));
    }

    /** Signs in through the login form as this account, created with these roles if it does not exist. */
    public void signIn(UserAccounts accounts, String username, Set<RoleAssignment> roles) {
        TestAccounts.signIn(driver, base, username, TestAccounts.ensure(accounts, username, roles));
    }

    public void size(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /** See {@link Browser#click}. */
    public void click(WebElement element) {
        Browser.click(driver, element);
    }

    /** Clicks the element with this id. */
    public void click(String id) {
        Browser.click(driver, driver.findElement(By.id(id)));
    }

    /** The text of the element with this id. */
    public String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** The window as target/screenshots/{name}.png (name may hold a folder: "menu/desktop-vi"). */
    public Path screenshot(String name) {
        Path shot = Path.of("target", "screenshots", name + ".png");
        try {
            Files.createDirectories(shot.getParent());
            Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return shot;
    }

    // The WebDriver it stands for.

    @Override
    public void get(String url) {
        driver.get(url);
    }

    @Override
    public String getCurrentUrl() {
        return driver.getCurrentUrl();
    }

    @Override
    public String getTitle() {
        return driver.getTitle();
    }

    @Override
    public List<WebElement> findElements(By by) {
        return driver.findElements(by);
    }

    /**
     * The element, waited for a few seconds: after a click that submits a form the next page may still be on
     * its way (more so on a loaded machine), and the element is looked for on the page that is leaving.
     * Absence is asserted with {@link #findElements}, which does not wait.
     */
    @Override
    public WebElement findElement(By by) {
        return new WebDriverWait(driver, APPEARS).ignoring(NoSuchElementException.class)
                .ignoring(StaleElementReferenceException.class).until(d -> d.findElement(by));
    }

    @Override
    public String getPageSource() {
        return driver.getPageSource();
    }

    @Override
    public void close() {
        driver.close();
    }

    @Override
    public void quit() {
        driver.quit();
    }

    @Override
    public Set<String> getWindowHandles() {
        return driver.getWindowHandles();
    }

    @Override
    public String getWindowHandle() {
        return driver.getWindowHandle();
    }

    @Override
    public TargetLocator switchTo() {
        return driver.switchTo();
    }

    @Override
    public Navigation navigate() {
        return driver.navigate();
    }

    @Override
    public Options manage() {
        return driver.manage();
    }

    @Override
    public Object executeScript(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    @Override
    public Object executeAsyncScript(String script, Object... args) {
        return driver.executeAsyncScript(script, args);
    }

    @Override
    public <X> X getScreenshotAs(OutputType<X> target) {
        return driver.getScreenshotAs(target);
    }
}

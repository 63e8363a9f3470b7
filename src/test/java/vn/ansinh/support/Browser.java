package vn.ansinh.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for browser tests. Where Chromium is missing the test is skipped with
 * a loud message — except on CI (CI=true), where a missing browser is a failure.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    public static ChromeDriver start() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            String message = "Chromium or chromedriver missing (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): install Debian's chromium and chromium-driver to run browser tests";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message);
            }
            System.err.println("\n***** BROWSER TEST SKIPPED: " + message + " *****\n");
            Assumptions.abort(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=1400,1000", "--force-prefers-reduced-motion", "--user-data-dir=" + freshProfile());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * Clicks an element in the middle of the window, trying again for a few seconds while something else
     * is on top of it: a page still laying out (styles arriving, a longer menu wrapping) moves its buttons.
     */
    public static void click(WebDriver browser, WebElement element) {
        new WebDriverWait(browser, Duration.ofSeconds(5)).pollingEvery(Duration.ofMillis(200))
                .ignoring(ElementClickInterceptedException.class).until(driver -> {
                    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
                    element.click();
                    return true;
                });
    }

    /**
     * The element once the page shows it (within 10 s); otherwise a failure that says which page was
     * there and what it said, so that a test failing on a loaded machine tells why.
     */
    public static WebElement find(WebDriver browser, By by) {
        return until(browser, driver -> driver.findElement(by), "No " + by);
    }

    /** As {@link #find}, for any condition: a failure says what did not come, and which page was there instead. */
    public static <T> T until(WebDriver browser, Function<WebDriver, T> condition, String missing) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(200))
                    .ignoring(NoSuchElementException.class).until(condition);
        } catch (TimeoutException e) {
            String text = browser.findElements(By.tagName("body")).stream().map(WebElement::getText).findFirst().orElse("");
            throw new AssertionError(missing + " on " + browser.getCurrentUrl() + " («" + browser.getTitle()
                    + "»), which says: " + text.substring(0, Math.min(text.length(), 800)), e);
        }
    }

    private static Path freshProfile() {
        try {
            return Files.createTempDirectory("ansinh-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.support.Browser;
import vn.ansinh.support.ServerTest;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.units.Units;

/** A commune officer signs in for real and sees only their commune's rows in Biểu 1, 2 and 3. */
@ServerTest
class CommuneOfficerBrowserTest {

    private static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Units units;

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

    @BeforeEach
    void signInAsTheOfficerOfCamAn() {
        long camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        String password = TestAccounts.ensure(accounts, "canbo.caman.trinhduyet",
                Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camAn)));
        browser.manage().deleteAllCookies();
        TestAccounts.signIn(browser, "http://localhost:" + port, "canbo.caman.trinhduyet", password);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"bieu-1, Cam An, 3.971", "bieu-2, Cam An, 1.779", "bieu-3, Xã Cam An, 5"})
    void seesOnlyCamAn(String table, String label, String figure) throws IOException {
        browser.get("http://localhost:" + port + "/programmes/1/tables/" + table);
        List<WebElement> rows = browser.findElements(By.cssSelector("table.annex tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains(label, figure);
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).doesNotContain("Cam Tuyền", "Cam Thanh", "Cam Chính", "TT Cam Lộ");
        Path shot = Path.of("target", "screenshots", "can-bo-cam-an-" + table + ".png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
    }
}

package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.support.BrowserSession;
import vn.ansinh.support.ServerTest;
import vn.ansinh.units.Units;

/** A commune officer signs in for real and sees only their commune's rows in Biểu 1, 2 and 3. */
@ServerTest
class CommuneOfficerBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    UserAccounts accounts;
    @Autowired
    Units units;

    @BeforeEach
    void signInAsTheOfficerOfCamAn() {
        long camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        browser.signIn(accounts, "canbo.caman.trinhduyet", Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camAn)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"bieu-1, Cam An, 3.971", "bieu-2, Cam An, 1.779", "bieu-3, Xã Cam An, 5"})
    void seesOnlyCamAn(String table, String label, String figure) throws IOException {
        browser.open("/programmes/1/tables/" + table);
        List<WebElement> rows = browser.findElements(By.cssSelector("table.annex tbody tr"));
        // Said in full when it fails: the CI log keeps the assertion, not the page the browser showed.
        assertThat(rows).as(() -> "rows on " + browser.getCurrentUrl() + " «" + browser.getTitle() + "»: "
                + browser.findElements(By.tagName("body")).stream().map(WebElement::getText).findFirst().orElse(""))
                .hasSize(1);
        assertThat(rows.get(0).getText()).contains(label, figure);
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).doesNotContain("Cam Tuyền", "Cam Thanh", "Cam Chính", "TT Cam Lộ");
        browser.screenshot("can-bo-cam-an-" + table);
    }
}

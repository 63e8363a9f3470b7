package vn.ansinh.gratitude;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.support.BrowserSession;
import vn.ansinh.support.ServerTest;
import vn.ansinh.units.Units;

/**
 * On a phone (390 px) the import page — the two lists' columns and a dry run's report of a list of houses of Cam
 * Chính (checked only: nothing is written) — does not scroll sideways, and the cost is in view.
 */
@ServerTest
class GratitudeImportPhoneBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    UserAccounts accounts;
    @Autowired
    Units units;

    @Test
    void theImportPageAndADryRunsReportFitAPhone() throws Exception {
        long camChinh = units.byCode("QT.CL.CHINH").orElseThrow().id();
        Path file = Files.createTempFile("nha-tinh-nghia-", ".csv");
        Files.writeString(file, String.join("\n", "Xã;Loại;Chủ hộ;Thôn;Mã hộ;Kinh phí (đồng);Nguồn kinh phí;Ngày bàn giao",
                "Cam Chính;Xây mới;Nguyễn Thị Điện Thoại Nhà Tình Nghĩa;Thôn Tân Mỹ;;60.000.000;Quỹ Đền ơn đáp nghĩa huyện;20/07/2024"),
                StandardCharsets.UTF_8);
        browser.signIn(accounts, "dienthoai.gratitude", Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camChinh)));
        browser.size(BrowserSession.PHONE);

        browser.open("/gratitude/import");
        noSidewaysScroll();
        browser.findElement(By.id("file")).sendKeys(file.toString());
        browser.click(browser.findElement(By.cssSelector("button[name=dryRun][value=true]")));
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("import-houses")));
        browser.screenshot("phone/gratitude-import-checked");

        assertThat(browser.text("import-counts")).isEqualTo("Khoản đóng góp: 0; nhà tình nghĩa: 1.");
        assertThat(browser.findElement(By.cssSelector("#import-houses tbody td.num")).getRect().getX())
                .as("the cost next to the head's name, in view").isLessThan(390);
        noSidewaysScroll();
    }

    private static void noSidewaysScroll() {
        List<?> widths = (List<?>) browser.executeScript("return [document.documentElement.scrollWidth, window.innerWidth];");
        assertThat(((Number) widths.get(0)).longValue()).isLessThanOrEqualTo(((Number) widths.get(1)).longValue());
    }
}

package vn.ansinh.relief;

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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.BrowserSession;
import vn.ansinh.support.ServerTest;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.UnitKind;
import vn.ansinh.units.Units;

/**
 * On a phone (390 px) an event's import page, and the lines a dry run lists with their totals, do not scroll
 * sideways; the link is on the event page. The commune (a province of this test's own) and its event are its own.
 */
@ServerTest
class ReliefImportPhoneBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    UserAccounts accounts;
    @Autowired
    Units units;
    @Autowired
    Relief relief;
    @Autowired
    ReliefEntries entries;

    @Test
    void theImportPageAndItsDryRunFitAPhone() throws Exception {
        long commune = unit(unit(null, UnitKind.PROVINCE, "NHAPDT", "Tỉnh Thử Nhập Điện Thoại").id(),
                UnitKind.COMMUNE, "NHAPDT.AN", "Thử Nhập Điện Thoại").id();
        long event = relief.events(List.of(commune), java.time.LocalDate.of(2022, 1, 1),
                java.time.LocalDate.of(2022, 12, 31)).stream().map(ReliefEventSummary::id).findFirst()
                .orElseGet(() -> entries.create(new ReliefEventDraft(DisasterKind.FLOOD, "Lũ lịch sử tháng mười",
                        "12/10/2022", List.of(commune)), AccessScope.everything()).id());
        Path file = Path.of("target", "ho-bi-anh-huong-dien-thoai.csv");
        Files.writeString(file, String.join("\n", String.join(";", ReliefListsTest.HEADER),
                String.join(";", ReliefListsTest.row("Thử Nhập Điện Thoại", "Nguyễn Thị Hoa Điện Thoại", "Sập nhà", "",
                        "Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "15/10/2022", "1.234,5", "120.000.000"))),
                StandardCharsets.UTF_8);
        browser.signIn(accounts, "dienthoai.nhap", Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, commune)));
        browser.size(BrowserSession.PHONE);

        browser.open("/relief/events/" + event);
        browser.click("relief-import-link");
        fits("import");
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.click("check");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("import-lines")).isEmpty());
        fits("import-checked");

        assertThat(browser.text("import-counts")).isEqualTo(
                "1 hộ bị ảnh hưởng, 1 hộ đã được trợ giúp; 1.234,5 kg gạo, 0 đồng.");
        assertThat(browser.findElement(By.id("import-counts")).getRect().getY()).as("the totals in view").isLessThan(844);
        assertThat(browser.findElement(By.cssSelector("#import-lines .relief-given")).getText()).contains("1.234,5 kg gạo");
    }

    private void fits(String name) {
        browser.screenshot("phone/relief-" + name);
        List<?> widths = (List<?>) browser.executeScript("return [document.documentElement.scrollWidth, window.innerWidth];");
        assertThat(((Number) widths.get(0)).longValue()).as(name).isLessThanOrEqualTo(((Number) widths.get(1)).longValue());
    }

    private AdministrativeUnit unit(Long parent, UnitKind kind, String code, String name) {
        return units.byCode(code).orElseGet(() -> units.add(AdministrativeUnit.create(parent, kind, code, name)));
    }
}

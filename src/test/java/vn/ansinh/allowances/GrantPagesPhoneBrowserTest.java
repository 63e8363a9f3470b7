package vn.ansinh.allowances;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.BrowserSession;
import vn.ansinh.support.ServerTest;
import vn.ansinh.units.Units;

/**
 * On a phone (390 px) the register — its citizen IDs, households, funeral support and both forms — and the import
 * page do not scroll sideways; the name and the month's figures are in view. Cam Chính's grants are this test's own.
 */
@ServerTest
class GrantPagesPhoneBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    UserAccounts accounts;
    @Autowired
    Units units;
    @Autowired
    Grants grants;

    @Test
    void theRegisterAndTheImportPageFitAPhone() {
        long camChinh = units.byCode("QT.CL.CHINH").orElseThrow().id();
        if (grants.register(camChinh, java.time.YearMonth.of(2024, 9), AccessScope.everything()).lines().isEmpty()) {
            Grant cuc = grants.add(new GrantDraft(camChinh, BeneficiaryGroup.SEVERE_DISABILITY, "Trần Thị Cúc Điện Thoại",
                    "01/01/1950", "QĐ 1234/QĐ-UBND ngày 15/01/2024 của Chủ tịch UBND xã", "1,5", "01/2024", "", "",
                    "045150001234"), AccessScope.everything());
            grants.end(new GrantEnding(cuc.id(), "08/2024", GrantEndReason.DEATH), AccessScope.everything());
            grants.add(new GrantDraft(camChinh, BeneficiaryGroup.WAR_INVALID, "Nguyễn Văn Thương Binh", "", "QĐ 99/QĐ-SLĐTBXH",
                    "2,5", "01/2024", "", "", "045055004321"), AccessScope.everything());
        }
        browser.signIn(accounts, "dienthoai.camchinh", Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camChinh)));
        browser.choosePurpose("BENEFIT_PAYMENT");
        browser.size(BrowserSession.PHONE);

        for (String page : List.of("/allowances?unit=" + camChinh + "&month=2024-09", "/allowances/import")) {
            browser.open(page);
            browser.screenshot("phone/allowances" + page.replaceAll("[^a-z0-9]+", "-"));
            List<?> widths = (List<?>) browser.executeScript(
                    "return [document.documentElement.scrollWidth, window.innerWidth];");
            assertThat(((Number) widths.get(0)).longValue()).as(page).isLessThanOrEqualTo(((Number) widths.get(1)).longValue());
        }
        browser.open("/allowances?unit=" + camChinh + "&month=2024-09");
        assertThat(browser.findElement(By.cssSelector("#grants td[data-field=funeral]")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("#grants tbody tr td[data-field=monthly]")).getRect().getX())
                .as("the month's figure next to the name, in view").isLessThan(390);
    }
}

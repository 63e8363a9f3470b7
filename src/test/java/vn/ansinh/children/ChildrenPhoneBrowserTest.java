package vn.ansinh.children;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.BrowserSession;
import vn.ansinh.support.ServerTest;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.UnitKind;
import vn.ansinh.units.Units;

/**
 * On a phone (390 × 844) the children's page of a commune with its assessment, counts and a case, and the criteria
 * page, do not scroll sideways, and the commune's result is on the page; screenshots kept in target/screenshots/phone/.
 */
@ServerTest
class ChildrenPhoneBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    UserAccounts accounts;
    @Autowired
    Units units;
    @Autowired
    ChildFriendlyCommunes communes;
    @Autowired
    SpecialCircumstances circumstances;

    @Test
    void theChildrenPagesFitAPhone() {
        AccessScope all = AccessScope.everything();
        String key = "TEP" + System.nanoTime() % 1_000_000;
        long province = units.add(AdministrativeUnit.create(null, UnitKind.PROVINCE, key, "Tỉnh Trẻ Em " + key)).id();
        long commune = units.add(AdministrativeUnit.create(province, UnitKind.COMMUNE, key + ".X", "Xã Điện Thoại")).id();
        communes.assess(new AssessmentDraft(commune, "2025", Map.of("TC1", "MET", "TC2", "NOT_MET"),
                Map.of("TC2", "Chưa đủ điểm")), all);
        circumstances.put(new SpecialCountDraft(commune, "2025", ChildGroup.DROPPED_OUT_TO_WORK, "3", "2"), all);
        circumstances.add(new ChildCaseDraft(commune, "05/03/2025", CaseKind.DROWNING, "9", Sex.MALE,
                "Đã thăm hỏi, hỗ trợ gia đình và nhắc nhở các hộ có ao, hồ gần nhà"), all);
        browser.signIn(accounts, "phone.treem.quantri", Set.of(RoleAssignment.admin()));
        browser.size(BrowserSession.PHONE);

        for (String page : List.of("/children?unit=" + commune + "&year=2025", "/admin/child-friendly-criteria")) {
            browser.get(browser.url("") + page);
            browser.screenshot("phone/children" + page.replaceAll("[^a-z0-9]+", "-"));
            List<?> widths = (List<?>) browser.executeScript(
                    "return [document.documentElement.scrollWidth, window.innerWidth];");
            assertThat(((Number) widths.get(0)).longValue()).as(page + " fits the phone")
                    .isLessThanOrEqualTo(((Number) widths.get(1)).longValue());
        }
        browser.get(browser.url("") + "/children?unit=" + commune + "&year=2025");
        assertThat(browser.findElement(By.id("friendly-result")).getText())
                .isEqualTo("Chưa đạt chuẩn: 4 tiêu chí chưa đạt hoặc chưa đánh giá");
    }
}

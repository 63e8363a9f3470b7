package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdCorrections;
import vn.ansinh.households.HouseholdRegistry;
import vn.ansinh.households.HouseholdStatus;
import vn.ansinh.households.Member;
import vn.ansinh.households.PoorCategory;
import vn.ansinh.households.Sex;
import vn.ansinh.households.Sponsorships;
import vn.ansinh.households.Support;
import vn.ansinh.households.SupportKind;
import vn.ansinh.households.SupportLog;
import vn.ansinh.partners.Partners;
import vn.ansinh.poverty.Area;
import vn.ansinh.poverty.Classification;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.BrowserSession;
import vn.ansinh.support.ServerTest;
import vn.ansinh.units.Units;

/**
 * Correcting a household in the browser: open it, «Sửa», a member added with «Thêm dòng», one removed with
 * «Xóa dòng», the village changed, saved — the page shows it, the audit has it. The household's page and its
 * form looked at on a desktop and a phone, in Vietnamese and English, without sideways scrolling.
 */
@ServerTest
class HouseholdCorrectionBrowserTest {

    private static final String ADMIN = "quantri.sua.trinhduyet";
    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    UserAccounts accounts;
    @Autowired
    Units units;
    @Autowired
    HouseholdRegistry registry;
    @Autowired
    Sponsorships sponsorships;
    @Autowired
    SupportLog support;
    @Autowired
    Partners partners;
    @Autowired
    HouseholdCorrections corrections;

    Household household;

    @BeforeEach
    void signInWithAHousehold() {
        browser.signIn(accounts, ADMIN, Set.of(RoleAssignment.admin()));
        browser.choosePurpose("POVERTY_REVIEW");
        household = camAnHousehold();
    }

    @Test
    void aHouseholdIsCorrectedInTheBrowserAndTheAuditHasIt() throws IOException {
        browser.open("/registry/households/" + household.id());
        browser.click(browser.findElement(By.id("edit-household")));
        assertThat(browser.findElements(By.cssSelector("#members tbody tr"))).hasSize(3);

        browser.click(browser.findElement(By.id("add-member")));
        List<WebElement> rows = browser.findElements(By.cssSelector("#members tbody tr"));
        assertThat(rows).hasSize(4);
        WebElement added = rows.get(3);
        added.findElement(By.name("members[3].fullName")).sendKeys("Trần Thị Bông");
        new Select(added.findElement(By.name("members[3].sex"))).selectByValue("F");
        added.findElement(By.name("members[3].relation")).sendKeys("Con dâu");
        browser.click(rows.get(1).findElement(By.cssSelector("[data-remove-row]")));
        assertThat(browser.findElements(By.cssSelector("#members tbody tr"))).hasSize(3);
        assertThat(browser.findElement(By.name("members[2].fullName")).getAttribute("value")).isEqualTo("Trần Thị Bông");
        WebElement village = browser.findElement(By.id("village"));
        village.clear();
        village.sendKeys("Thôn Cam Phú Hạ");
        browser.click(browser.findElement(By.id("save-household")));

        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Đã lưu các sửa đổi của hộ.", "Thôn Cam Phú Hạ", "Trần Thị Bông", "Con dâu",
                "Trần Văn Lực").doesNotContain("Nguyễn Thị Lài");
        shot("ho-sau-khi-sua");

        browser.open("/admin/audit?entityType=household");
        String audit = browser.findElement(By.tagName("main")).getText();
        assertThat(audit).contains(ADMIN, "" + household.id(), "Nguyễn Thị Lài", "Trần Thị Bông");
        shot("nhat-ky-sua-ho");
    }

    @Test
    void theHouseholdsPageAndItsFormFitADesktopAndAPhoneInBothLanguages() throws IOException {
        for (Dimension size : List.of(new Dimension(1366, 768), new Dimension(390, 844))) {
            browser.manage().window().setSize(size);
            for (String lang : List.of("vi", "en")) {
                for (String page : List.of("", "/edit")) {
                    browser.open("/registry/households/" + household.id() + page + "?lang=" + lang);
                    new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> ((JavascriptExecutor) d)
                            .executeScript("return document.readyState").equals("complete"));
                    // the page's own content; the navigation menu above it is the layout's
                    long overflow = (Long) ((JavascriptExecutor) browser).executeScript("var main = "
                            + "document.querySelector('main'); return Math.max(main.scrollWidth - main.clientWidth, "
                            + "Math.ceil(main.getBoundingClientRect().right) - document.documentElement.clientWidth);");
                    String name = "ho" + (page.isEmpty() ? "" : "-sua") + "-" + size.width + "-" + lang;
                    shot(name);
                    WebElement lower = browser.findElement(By.id(page.isEmpty() ? "household-support" : "members"));
                    ((JavascriptExecutor) browser).executeScript("window.scrollTo({top: arguments[0]"
                            + ".getBoundingClientRect().top + window.scrollY - 40, behavior: 'instant'});", lower);
                    shot(name + "-duoi");
                    assertThat(overflow).as("sideways scroll of %s", name).isLessThanOrEqualTo(0);
                }
            }
        }
    }

    @Test
    void aSaveOverANewerOneShowsBothVersionsAndTheUserKeepsTheirs() throws IOException {
        for (Dimension size : List.of(new Dimension(1366, 768), new Dimension(390, 844))) {
            for (String lang : List.of("vi", "en")) {
                browser.manage().window().setSize(size);
                Household opened = camAnHousehold();
                browser.open("/registry/households/" + opened.id() + "/edit?lang=" + lang);
                WebElement village = browser.findElement(By.id("village"));
                village.clear();
                village.sendKeys("Thôn Cam Phú Thượng");
                List<Member> theirs = new java.util.ArrayList<>(opened.members());
                theirs.add(new Member("Trần Thị Na", Sex.F, LocalDate.of(2015, 2, 3), "Cháu", null, false, true, null,
                        null));
                corrections.correct(opened.id(), 0, new Household(opened.id(), opened.unitId(), opened.code(),
                        "Thôn Cam Phú Hạ", opened.headName(), opened.address(), opened.ethnicity(), opened.phone(),
                        opened.area(), theirs), null, "canbo.camAn", AccessScope.everything());
                browser.click(browser.findElement(By.id("save-household")));

                WebElement conflict = browser.findElement(By.id("conflict"));
                assertThat(conflict.getText()).contains("canbo.camAn", "Thôn Cam Phú Hạ", "Thôn Cam Phú Thượng",
                        "Trần Thị Na");
                String name = "ho-xung-dot-" + size.width + "-" + lang;
                shot(name);
                ((JavascriptExecutor) browser).executeScript("window.scrollTo({top: arguments[0]"
                        + ".getBoundingClientRect().bottom + window.scrollY - 200, behavior: 'instant'});", conflict);
                shot(name + "-duoi");
                assertThat(overflow()).as("sideways scroll of %s", name).isLessThanOrEqualTo(0);

                browser.click(browser.findElement(By.id("save-household")));
                new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElements(By.id("conflict")).isEmpty()
                        && d.findElements(By.id("household-form")).isEmpty());
                assertThat(browser.findElement(By.tagName("main")).getText()).contains("Thôn Cam Phú Thượng")
                        .doesNotContain("Trần Thị Na");
            }
        }
    }

    @Test
    void theRegistryFindsANameTypedWithoutAccents() throws IOException {
        long camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        for (Dimension size : List.of(new Dimension(1366, 768), new Dimension(390, 844))) {
            browser.manage().window().setSize(size);
            for (String lang : List.of("vi", "en")) {
                browser.open("/registry?unit=" + camAn + "&year=2019&lang=" + lang);
                WebElement box = browser.findElement(By.name("q"));
                box.clear();
                box.sendKeys("tran van hai");
                box.submit();
                new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("q=tran"));
                assertThat(browser.findElement(By.tagName("main")).getText()).contains("Trần Văn Lực");
                String name = "so-ho-tim-khong-dau-" + size.width + "-" + lang;
                shot(name);
                assertThat(overflow()).as("sideways scroll of %s", name).isLessThanOrEqualTo(0);
            }
        }
    }

    /** How far the page's own content reaches beyond the window (the menu above it is the layout's). */
    private long overflow() {
        return (Long) ((JavascriptExecutor) browser).executeScript("var main = "
                + "document.querySelector('main'); return Math.max(main.scrollWidth - main.clientWidth, "
                + "Math.ceil(main.getBoundingClientRect().right) - document.documentElement.clientWidth);");
    }

    private Household camAnHousehold() {
        long camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        Household saved = registry.register(new Household(null, camAn, "CA-TD-" + System.nanoTime() % 1_000_000,
                "Thôn Cam Phú", "Trần Văn Lực", "Số 12, thôn Cam Phú, xã Cam An", "Kinh", "0914 223 344", Area.RURAL,
                List.of(new Member("Trần Văn Lực", Sex.M, LocalDate.of(1965, 4, 2), "Chủ hộ", "045065002211", false,
                                true, "THCS", "Nông nghiệp"),
                        new Member("Nguyễn Thị Lài", Sex.F, LocalDate.of(1968, 9, 30), "Vợ", "045168003322", false, true,
                                "Tiểu học", "Nông nghiệp"),
                        new Member("Trần Văn Hải", Sex.M, LocalDate.of(1994, 1, 15), "Con", "045094004433", true, true,
                                "THPT", "Lao động tự do"))), AccessScope.everything());
        registry.setStatus(saved.id(), new HouseholdStatus(2019, Classification.POOR, PoorCategory.CAN_EXIT, null, null),
                AccessScope.everything());
        long farmers = partners.byCode("CL.HND").orElseThrow().id();
        sponsorships.assign(saved.id(), 2019, farmers, AccessScope.everything());
        support.record(new Support(null, saved.id(), SupportKind.ANIMAL_FEED, new BigDecimal("50"), "kg",
                new BigDecimal("1250000"), LocalDate.of(2019, 3, 15), farmers, "Thức ăn cho lợn nái"),
                AccessScope.everything());
        support.record(new Support(null, saved.id(), SupportKind.HOUSING, null, null, new BigDecimal("40000000"),
                LocalDate.of(2019, 6, 1), null, "Sửa mái nhà trước mùa mưa"), AccessScope.everything());
        return saved;
    }

    private void shot(String name) {
        browser.screenshot(name);
    }
}

package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.households.HouseholdImportResult;
import vn.ansinh.households.HouseholdImports;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.BrowserSession;
import vn.ansinh.support.ServerTest;
import vn.ansinh.units.AdministrativeUnit;
import vn.ansinh.units.UnitKind;
import vn.ansinh.units.Units;

/**
 * A commune of 5.000 households is reviewed to its last household in the browser: the officer opens the
 * round, goes to the last page, records the last household's outcome and sees it saved; the review and
 * the registry are looked at on a desktop and a phone, in Vietnamese and English, without sideways scrolling.
 */
@ServerTest
class ReviewAtScaleBrowserTest {

    private static final int HOUSEHOLDS = 5000;
    private static final int YEAR = 2047;
    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();
    private static Long commune;

    @Autowired
    UserAccounts accounts;
    @Autowired
    Units units;
    @Autowired
    HouseholdImports imports;

    @BeforeEach
    void aCommuneOf5000HouseholdsAndItsOfficerSignedIn() throws IOException {
        if (commune == null) {
            commune = timed("import of 5.000 households", this::communeOf5000Households);
        }
        browser.signIn(accounts, "canbo.rasoat.5000", Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, commune)));
    }

    @Test
    void theLastOf5000HouseholdsGetsItsOutcome() {
        timed("review of the last household", this::reviewTheLastHousehold);
        timed("screenshots of the review", () -> screenshots("/registry/reviews?unit=" + commune + "&year=" + YEAR
                + "&page=100", "ra-soat", "review-households"));
        timed("screenshots of the registry", () -> screenshots("/registry?unit=" + commune + "&year=" + YEAR + "&page=2",
                "so-ho", "registry-households"));
    }

    private Void reviewTheLastHousehold() {
        browser.open("/registry/reviews?unit=" + commune + "&year=" + YEAR);
        browser.click("open-round");
        assertThat(browser.text("review-count")).isEqualTo("5.000 hộ · 5.000 chưa có kết quả");

        List<WebElement> numbers = browser.findElement(By.cssSelector("nav.pager"))
                .findElements(By.cssSelector("a.page-link:not([rel])"));
        assertThat(numbers.get(numbers.size() - 1).getText()).isEqualTo("100");
        browser.click(numbers.get(numbers.size() - 1));
        assertThat(browser.findElement(By.cssSelector("nav.pager .page-of")).getText()).isEqualTo("trang 100/100");
        List<WebElement> rows = browser.findElements(By.cssSelector(".review-row"));
        WebElement last = rows.get(rows.size() - 1);
        assertThat(last.getText()).contains("RS-5000");
        String id = last.getAttribute("id").substring("row-".length());
        Select outcome = new Select(browser.findElement(By.id("outcome-" + id)));
        assertThat(outcome.getFirstSelectedOption().getText()).isEqualTo("— chọn kết quả —");
        outcome.selectByVisibleText("hộ nghèo phát sinh");
        new Select(last.findElement(By.cssSelector("select[name$='.category']")))
                .selectByVisibleText("hộ nghèo chính sách giảm nghèo");
        browser.findElement(By.id("batch-decision")).sendKeys("QĐ 1234/QĐ-UBND");
        browser.click("save-outcomes");

        assertThat(browser.text("batch-saved")).isEqualTo("Đã lưu kết quả của 1 hộ.");
        assertThat(browser.findElement(By.cssSelector("nav.pager .page-of")).getText()).isEqualTo("trang 100/100");
        assertThat(browser.findElement(By.id("row-" + id)).findElement(By.cssSelector(".outcome")).getText())
                .startsWith("hộ nghèo phát sinh, ");
        assertThat(browser.text("review-count")).isEqualTo("5.000 hộ · 4.999 chưa có kết quả");
        return null;
    }

    /**
     * The page in Vietnamese and English, at a desktop's and then (the same page, the window narrowed) a
     * phone's width, at its top and at its list; nothing in it reaches past the window's right edge (a table
     * may scroll inside its own container).
     */
    private Void screenshots(String url, String name, String list) {
        for (String lang : List.of("vi", "en")) {
            browser.open(url + "&lang=" + lang);
            for (Dimension size : List.of(BrowserSession.DESKTOP, BrowserSession.PHONE)) {
                browser.size(size);
                String shot = name + "-" + lang + "-" + size.width;
                browser.executeScript("window.scrollTo({top: 0, behavior: 'instant'});");
                browser.screenshot(shot);
                browser.executeScript("document.getElementById(arguments[0]).scrollIntoView({behavior: 'instant'});", list);
                browser.screenshot(shot + "-list");
                Object overflow = browser.executeScript("""
                        const width = document.documentElement.clientWidth;
                        return Math.max(0, ...Array.from(document.querySelectorAll('main *'))
                            .filter(e => !e.closest('.table-responsive'))
                            .map(e => Math.ceil(e.getBoundingClientRect().right - width)));""");
                assertThat(((Number) overflow).intValue()).as(shot + ": px past the right edge").isZero();
            }
            browser.size(BrowserSession.DESKTOP);
        }
        return null;
    }

    /** What each part of the test takes, in the test's output, to see where its time goes. */
    private static <T> T timed(String what, ThrowingSupplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            System.out.printf("ReviewAtScaleBrowserTest: %s took %d ms%n", what, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private interface ThrowingSupplier<T> {
        T get() throws IOException;
    }

    /** 5.000 households through the list import: 1 in 25 poor, 1 in 20 near-poor, in 12 villages. */
    private long communeOf5000Households() throws IOException {
        String key = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        long province = units.add(AdministrativeUnit.create(null, UnitKind.PROVINCE, "RS." + key, "Tỉnh Rà Soát " + key)).id();
        String name = "Rà Soát " + key;
        long id = units.add(AdministrativeUnit.create(province, UnitKind.COMMUNE, "RS." + key + ".X", name)).id();
        StringBuilder csv = new StringBuilder("Xã,Mã hộ,Thôn,Khu vực,Năm,Phân loại,Nhóm hộ nghèo,Họ tên,Giới tính,Quan hệ\n");
        for (int n = 1; n <= HOUSEHOLDS; n++) {
            String classification = n % 25 == 3 ? "Hộ nghèo,CSGN" : n % 20 == 7 ? "Hộ cận nghèo," : "Không nghèo,";
            csv.append(String.join(",", name, "RS-%04d".formatted(n), "Thôn " + (1 + n % 12), "Nông thôn",
                    String.valueOf(YEAR), classification, "Nguyễn Văn " + n, "Nam", "Chủ hộ")).append('\n');
        }
        HouseholdImportResult result = imports.importList("ra-soat.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                false, AccessScope.everything());
        assertThat(result.errors()).isEmpty();
        assertThat(result.created()).isEqualTo(HOUSEHOLDS);
        return id;
    }
}

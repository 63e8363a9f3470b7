package vn.ansinh.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.Party;
import vn.ansinh.support.BrowserSession;
import vn.ansinh.support.ServerTest;
import vn.ansinh.units.Units;

/**
 * On a phone (390 × 844) the trainings-and-outreach page with a training and a session, and the commendation pages
 * (the seed's 2019 ranking, read only), do not scroll sideways and show their key figures; screenshots kept in
 * target/screenshots/phone/. Cam Tuyền and Cam Chính only, vocational guidance only: OutreachTest counts the others.
 */
@ServerTest
// a database of its own: the seed's communes in a district of their own bear the seed's names and GSO codes,
// by which other tests find their communes
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:outreach_phone;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
class OutreachPhoneBrowserTest {

    private static final int YEAR = 2054;

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    UserAccounts accounts;
    @Autowired
    Units units;
    @Autowired
    Outreach outreach;
    @Autowired
    ProgrammeImporter importer;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theOutreachAndCommendationPagesFitAPhone() {
        long programme = OwnDistrict.of(jdbc, importer, YEAR, "OR");
        long camTuyen = units.byCode("QT.OR.TUYEN").orElseThrow().id();
        long camChinh = units.byCode("QT.OR.CHINH").orElseThrow().id();
        String district = Party.unit(units.byCode("QT.OR").orElseThrow().id()).key();
        outreach.add(programme, new TrainingDraft("18/09/2054", "Tập huấn nâng cao năng lực cán bộ làm công tác giảm "
                + "nghèo cấp cơ sở năm 2054 (lớp 2)", district, "Hội trường Trung tâm Chính trị huyện",
                Map.of(Party.unit(camTuyen).key(), "4", Party.unit(camChinh).key(), "3")), AccessScope.everything());
        outreach.add(programme, new SessionDraft("25/09/2054", SessionTopic.VOCATIONAL_GUIDANCE, district,
                "Trường THCS Cam Tuyền", camTuyen, "210"), AccessScope.everything());
        browser.signIn(accounts, "phone.tuyentruyen.quantri", Set.of(RoleAssignment.admin()));
        browser.size(BrowserSession.PHONE);

        for (String page : List.of("/programmes/" + programme + "/outreach", "/programmes/1/commendation")) {
            browser.get(browser.url("") + page);
            browser.screenshot("phone/" + page.replaceAll("[^a-z0-9]+", "-"));
            List<?> widths = (List<?>) browser.executeScript(
                    "return [document.documentElement.scrollWidth, window.innerWidth];");
            assertThat(((Number) widths.get(0)).longValue()).as(page + " fits the phone")
                    .isLessThanOrEqualTo(((Number) widths.get(1)).longValue());
        }
        browser.get(browser.url("") + "/programmes/" + programme + "/outreach");
        assertThat(browser.findElement(By.id("outreach-commune-" + camTuyen)).getText()).contains("UBND xã Cam Tuyền",
                "210");
    }
}

package vn.ansinh.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.ansinh.allowances.BeneficiaryGroup;
import vn.ansinh.allowances.GrantDraft;
import vn.ansinh.allowances.Grants;
import vn.ansinh.gratitude.GratitudeEntries;
import vn.ansinh.gratitude.HouseDraft;
import vn.ansinh.gratitude.HouseKind;
import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdRegistry;
import vn.ansinh.households.HouseholdRetention;
import vn.ansinh.households.HouseholdStatus;
import vn.ansinh.households.Member;
import vn.ansinh.households.PoorCategory;
import vn.ansinh.households.Sex;
import vn.ansinh.poverty.Area;
import vn.ansinh.poverty.Classification;
import vn.ansinh.relief.AffectedHouseholdDraft;
import vn.ansinh.relief.DamageKind;
import vn.ansinh.relief.DisasterKind;
import vn.ansinh.relief.ReliefEntries;
import vn.ansinh.relief.ReliefEvent;
import vn.ansinh.relief.ReliefEventDraft;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.OfficeTime;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.units.Units;

/**
 * A household last classified in 1993, anonymised on 1 June 2000 (five years' retention), takes with it the personal
 * data of the records linked to it: its person with merit's grant loses name and citizen ID, its gratitude house and
 * its entry of a 1993 flood no longer name the head — while the grant's decision and coefficient, the house's cost
 * and the flood's figures stay; a household not past retention keeps its linked records as they were.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:linked_retention;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
class LinkedRegistersRetentionTest {

    private static final Clock JUNE_2000 = Clock.fixed(LocalDate.of(2000, 6, 1).atStartOfDay(OfficeTime.ZONE).toInstant(),
            OfficeTime.ZONE);
    private static final AccessScope ALL = AccessScope.everything();

    @Autowired
    HouseholdRegistry registry;
    @Autowired
    HouseholdRetention households;
    @Autowired
    Grants grants;
    @Autowired
    GratitudeEntries gratitude;
    @Autowired
    ReliefEntries relief;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anonymisingAHouseholdErasesThePersonalDataOfTheRecordsLinkedToIt() {
        long camTuyen = units.byCode("QT.CL.TUYEN").orElseThrow().id();
        long old = household(camTuyen, "LK-01", 1993);
        long recent = household(camTuyen, "LK-02", 1999);
        ReliefEvent flood = relief.create(new ReliefEventDraft(DisasterKind.FLOOD, "Lũ năm 1993", "10/11/1993",
                List.of(camTuyen)), ALL);
        for (String code : List.of("LK-01", "LK-02")) {
            grants.add(new GrantDraft(camTuyen, BeneficiaryGroup.MARTYR_RELATIVE, "Hồ Thị Mẹ " + code, "", "QĐ 7/QĐ-UB",
                    "1,5", "01/1990", "", code, "045190000123"), ALL);
            gratitude.add(new HouseDraft(camTuyen, HouseKind.REPAIRED, "Hồ Văn Dữ " + code, "Thôn Cam Phú", code,
                    "20.000.000", "Quỹ Đền ơn đáp nghĩa", "02/09/1995"), ALL);
            relief.add(flood, new AffectedHouseholdDraft(camTuyen, "Hồ Văn Dữ " + code, "Thôn Cam Phú", code,
                    DamageKind.HOUSE_DAMAGED, "", "5.000.000"), ALL);
        }

        new Retention(households, new PrivacyProperties(5, false, null), JUNE_2000).run();

        assertThat(row("select full_name, citizen_id, coefficient, decision from allowance_grant where household_id = ?", old))
                .containsEntry("full_name", "Người hưởng (đã ẩn danh)").containsEntry("citizen_id", null)
                .containsEntry("decision", "QĐ 7/QĐ-UB");
        assertThat(row("select head_name, cost from gratitude_house where household_id = ?", old))
                .containsEntry("head_name", "Chủ hộ");
        assertThat(row("select head_name from relief_household where household_id = ?", old)).containsEntry("head_name", "Chủ hộ");
        assertThat(row("select full_name, citizen_id from allowance_grant where household_id = ?", recent))
                .containsEntry("full_name", "Hồ Thị Mẹ LK-02").containsEntry("citizen_id", "045190000123");
        assertThat(row("select head_name from gratitude_house where household_id = ?", recent))
                .containsEntry("head_name", "Hồ Văn Dữ LK-02");
        assertThat(row("select head_name from relief_household where household_id = ?", recent))
                .containsEntry("head_name", "Hồ Văn Dữ LK-02");
    }

    private Map<String, Object> row(String sql, long household) {
        return jdbc.sql(sql).param(household).query().singleRow();
    }

    private long household(long unit, String code, int lastStatus) {
        Household draft = new Household(null, unit, code, "Thôn Cam Phú", "Hồ Văn Dữ", null, "Vân Kiều", null, Area.RURAL,
                List.of(new Member("Hồ Văn Dữ", Sex.M, LocalDate.of(1950, 5, 6), "Chủ hộ", null, false, true, null, null)));
        return registry.registerWithStatus(draft, new HouseholdStatus(lastStatus, Classification.POOR,
                PoorCategory.CAN_EXIT, null, null), ALL).id();
    }
}

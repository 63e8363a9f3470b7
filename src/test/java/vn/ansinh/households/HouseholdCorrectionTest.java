package vn.ansinh.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ansinh.support.SeedScopes.CAM_AN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.internal.AuditEventStore;
import vn.ansinh.audit.internal.PersonalValues;
import vn.ansinh.partners.Partners;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.RowCounts;
import vn.ansinh.support.SeedScopes;
import vn.ansinh.units.Units;

/**
 * «Sửa hộ»: a household corrected — members added and removed, moved to another commune with its counts,
 * statuses' and sponsors', following it in the same transaction — audited before and after; a move onto a
 * taken code or into a commune not the user's refused with nothing changed; a save over a newer one refused
 * naming who made it and when.
 */
@IntegrationTest
class HouseholdCorrectionTest {

    /** A year no other test records statuses in. */
    private static final int YEAR = 2097;

    @Autowired
    HouseholdCorrections corrections;
    @Autowired
    HouseholdRegistry registry;
    @Autowired
    Sponsorships sponsorships;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Units units;
    @Autowired
    Partners partners;

    SeedScopes scopes;
    long camAn;
    long camThanh;

    @BeforeEach
    void setUp() {
        scopes = new SeedScopes(units, partners);
        camAn = scopes.unit(CAM_AN);
        camThanh = scopes.unit("QT.CL.THANH");
    }

    @Autowired
    PersonalValues personalValues;

    @Test
    void membersAreAddedRemovedAndChangedAndTheAuditKeepsBeforeAndAfter() {
        Household household = registry.register(HouseholdRegistryTest.household(camAn, null), AccessScope.everything());
        List<Member> members = new ArrayList<>(List.of(household.members().get(0)));
        members.add(new Member("Nguyễn Thị Hoa", Sex.F, LocalDate.of(2001, 5, 20), "Con", "045201000123", false, true,
                "THPT", "Học sinh"));
        Household draft = with(household, camAn, "Thôn Cam Phú 2", members);

        corrections.correct(household.id(), version(household), draft, null, "canbo.an", AccessScope.everything());

        Household read = registry.byId(household.id(), AccessScope.everything()).orElseThrow();
        assertThat(read.village()).isEqualTo("Thôn Cam Phú 2");
        assertThat(read.members()).extracting(Member::fullName).containsExactly("Nguyễn Văn Hùng", "Nguyễn Thị Hoa");
        assertThat(read.members().get(1).citizenId()).isEqualTo("045201000123");
        AuditEvent audit = lastAudit(household.id());
        assertThat(audit.action()).isEqualTo("UPDATE");
        assertThat(audit.oldValue()).contains("Lê Thị Mai").contains("Thôn Cam Phú\"");
        assertThat(audit.newValue()).contains("Nguyễn Thị Hoa").doesNotContain("Lê Thị Mai");
        assertThat(jdbc.sql("select new_value from audit_event where id = :id").param("id", audit.id()).query(String.class)
                .single()).as("as stored: sealed with the household's key").startsWith("sealed:household:" + household.id() + ":")
                .doesNotContain("Nguyễn Thị Hoa", "045201000123");
        assertThat(corrections.version(household.id()).changedBy()).isEqualTo("canbo.an");
    }

    @Test
    void aHouseholdMovesToAnotherCommuneAndItsCountsAndSponsorsFollow() {
        Household household = registry.register(HouseholdRegistryTest.household(camAn, null), AccessScope.everything());
        registry.setStatus(household.id(), HouseholdRegistryTest.poor(YEAR), AccessScope.everything());
        long farmers = partners.byCode("CL.HND").orElseThrow().id();
        sponsorships.assign(household.id(), YEAR, farmers, AccessScope.everything());
        Map<String, Long> before = counts(YEAR);

        corrections.correct(household.id(), version(household), with(household, camThanh, "Thôn Đâu Bình", household.members()),
                null, "quantri", AccessScope.everything());

        assertThat(registry.byId(household.id(), AccessScope.everything()).orElseThrow().unitId()).isEqualTo(camThanh);
        Map<String, Long> after = counts(YEAR);
        for (String measure : List.of("HOUSEHOLDS", "POOR", "POOR_CAN_EXIT", "SPONSORED")) {
            assertThat(after.getOrDefault(camAn + measure + 0, 0L)).as(measure).isEqualTo(before.get(camAn + measure + 0) - 1);
            assertThat(after.getOrDefault(camThanh + measure + 0, 0L)).as(measure)
                    .isEqualTo(before.getOrDefault(camThanh + measure + 0, 0L) + 1);
        }
        assertThat(after.get(camThanh + "SPONSORED" + farmers))
                .isEqualTo(before.getOrDefault(camThanh + "SPONSORED" + farmers, 0L) + 1);
        assertThat(after.get(camAn + "SPONSORED" + farmers)).isEqualTo(before.get(camAn + "SPONSORED" + farmers) - 1);
        AuditEvent audit = lastAudit(household.id());
        assertThat(audit.oldValue()).contains("\"unitId\":" + camAn);
        assertThat(audit.newValue()).contains("\"unitId\":" + camThanh);
        assertThat(audit.unitId()).isEqualTo(camThanh);
    }

    @Test
    void aMoveOntoACodeTakenInTheOtherCommuneIsRefusedAndNothingChanges() {
        Household household = registry.register(HouseholdRegistryTest.household(camAn, null), AccessScope.everything());
        Household there = registry.register(HouseholdRegistryTest.household(camThanh, null), AccessScope.everything());
        Household draft = new Household(null, camThanh, there.code(), household.village(), household.headName(),
                household.address(), household.ethnicity(), household.phone(), household.area(), household.members());
        RowCounts before = RowCounts.of(jdbc);

        assertThatThrownBy(() -> corrections.correct(household.id(), version(household), draft, null, "quantri",
                AccessScope.everything())).isInstanceOfSatisfying(InvalidHouseholdException.class,
                        e -> assertThat(e.problems().of("code").key()).isEqualTo("catalogue.code.taken"));

        assertThat(RowCounts.of(jdbc).changesSince(before)).isEmpty();
        assertThat(registry.byId(household.id(), AccessScope.everything()).orElseThrow().unitId()).isEqualTo(camAn);
    }

    @Test
    void aCommuneOfficerCannotMoveAHouseholdIntoACommuneNotTheirs() {
        AccessScope officer = scopes.communeOfficer(CAM_AN);
        Household household = registry.register(HouseholdRegistryTest.household(camAn, null), officer);
        RowCounts before = RowCounts.of(jdbc);

        assertThatThrownBy(() -> corrections.correct(household.id(), version(household),
                with(household, camThanh, null, household.members()), null, "canbo.an", officer))
                .isInstanceOf(HouseholdNotFoundException.class);

        assertThat(RowCounts.of(jdbc).changesSince(before)).isEmpty();
    }

    @Test
    void aSaveOverANewerOneIsRefusedNamingWhoAndWhenAndTheirMemberStays() {
        Household household = registry.register(HouseholdRegistryTest.household(camAn, null), AccessScope.everything());
        int read = version(household);
        List<Member> added = new ArrayList<>(household.members());
        added.add(new Member("Nguyễn Văn Tí", Sex.M, LocalDate.of(2020, 1, 2), "Cháu", null, false, true, null, null));
        corrections.correct(household.id(), read, with(household, camAn, null, added), null, "canbo.an",
                AccessScope.everything());

        assertThatThrownBy(() -> corrections.correct(household.id(), read,
                with(household, camAn, "Thôn khác", household.members()), null, "quantri", AccessScope.everything()))
                .isInstanceOfSatisfying(InvalidHouseholdException.class, e -> {
                    assertThat(e.problems().of("version").key()).isEqualTo("household.conflict");
                    assertThat(e.problems().of("version").arguments().get(0)).isEqualTo("canbo.an");
                    assertThat((String) e.problems().of("version").arguments().get(1)).matches("\\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}");
                });

        assertThat(registry.byId(household.id(), AccessScope.everything()).orElseThrow().members())
                .extracting(Member::fullName).contains("Nguyễn Văn Tí");
    }

    @Test
    void aClassificationGivenWithTheCorrectionIsRecordedAndCounted() {
        Household household = registry.register(HouseholdRegistryTest.household(camAn, null), AccessScope.everything());
        long poor = counts(YEAR + 1).getOrDefault(camAn + "POOR" + 0, 0L);

        corrections.correct(household.id(), version(household), with(household, camAn, null, household.members()),
                HouseholdRegistryTest.poor(YEAR + 1), "quantri", AccessScope.everything());

        assertThat(registry.history(household.id(), AccessScope.everything())).extracting(HouseholdStatus::year)
                .containsExactly(YEAR + 1);
        assertThat(counts(YEAR + 1).get(camAn + "POOR" + 0)).isEqualTo(poor + 1);
    }

    private int version(Household household) {
        return corrections.version(household.id()).version();
    }

    private static Household with(Household h, long unit, String village, List<Member> members) {
        return new Household(null, unit, h.code(), village == null ? h.village() : village, h.headName(), h.address(),
                h.ethnicity(), h.phone(), h.area(), members);
    }

    /** The registry's counts of the year by unit, measure and organisation, keyed as their concatenation. */
    private Map<String, Long> counts(int year) {
        Map<String, Long> counts = new java.util.HashMap<>();
        jdbc.sql("select unit_id, measure, organisation_id, amount from registry_count where count_year = :year")
                .param("year", year).query((rs, n) -> counts.put(rs.getLong(1) + rs.getString(2) + rs.getLong(3),
                        rs.getLong(4))).list();
        return counts;
    }

    /** The household's last audit entry as the audit log reads it (its personal values unsealed). */
    private AuditEvent lastAudit(long householdId) {
        return personalValues.opener().open(jdbc.sql("""
                select * from audit_event where entity_type = 'household'
                and entity_id = :id order by id desc limit 1""").param("id", String.valueOf(householdId))
                .query(AuditEventStore::event).single());
    }
}

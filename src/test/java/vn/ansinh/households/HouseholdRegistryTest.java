package vn.ansinh.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ansinh.support.SeedScopes.CAM_AN;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.partners.Partners;
import vn.ansinh.poverty.Area;
import vn.ansinh.poverty.Classification;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SeedScopes;
import vn.ansinh.units.Units;

/**
 * Households are registered in a commune, checked field by field, read within the scope with personal
 * data masked where the role may not see it, and their status by year is kept with its history and
 * the registry's counts, which always equal a direct count.
 */
@IntegrationTest
class HouseholdRegistryTest {

    /** A year no other test records statuses in. */
    private static final int YEAR = 2091;
    private static final AtomicInteger CODES = new AtomicInteger();

    @Autowired
    HouseholdRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Units units;
    @Autowired
    Partners partners;

    SeedScopes scopes;
    long camAn;

    @BeforeEach
    void setUp() {
        scopes = new SeedScopes(units, partners);
        camAn = scopes.unit(CAM_AN);
    }

    @Test
    void aHouseholdIsRegisteredAndReadBackWithItsMembers() {
        Household saved = registry.register(household(camAn, " 079 123 456 789 "), AccessScope.everything());

        Household read = registry.byId(saved.id(), AccessScope.everything()).orElseThrow();
        assertThat(read.headName()).isEqualTo("Nguyễn Văn Hùng");
        assertThat(read.phone()).isEqualTo("0912345678");
        assertThat(read.members()).extracting(Member::fullName).containsExactly("Nguyễn Văn Hùng", "Lê Thị Mai");
        assertThat(read.members().get(0).citizenId()).isEqualTo("079123456789");
    }

    @Test
    void personalDataIsMaskedForARoleThatMayNotSeeIt() {
        Household saved = registry.register(household(camAn, "079123456789"), AccessScope.everything());

        Household seen = registry.byId(saved.id(), scopes.viewer(CAM_AN)).orElseThrow();

        assertThat(seen.phone()).isEqualTo("******5678");
        assertThat(seen.members().get(0).citizenId()).isEqualTo("********6789");
        assertThat(registry.list(List.of(camAn), YEAR, 0, 1000, scopes.viewer(CAM_AN)).households())
                .extracting(e -> e.household().phone()).doesNotContain("0912345678");
    }

    @Test
    void wrongValuesAreRefusedByFieldAndNothingIsWritten() {
        long before = households();
        Household wrong = new Household(null, camAn, "", null, " ", null, null, "12ab", Area.RURAL, List.of(
                new Member("Trần Văn Bình", Sex.M, LocalDate.of(1970, 1, 1), "Chủ hộ", "12345", false, true, null, null),
                new Member("", null, null, "", null, false, false, null, null)));

        assertThatThrownBy(() -> registry.register(wrong, AccessScope.everything()))
                .isInstanceOfSatisfying(InvalidHouseholdException.class, e -> assertThat(e.problems().byField())
                        .containsOnlyKeys("code", "headName", "phone", "members[0].citizenId", "members[1].fullName",
                                "members[1].sex", "members[1].relation"));
        assertThat(households()).isEqualTo(before);
    }

    @Test
    void aCodeIsGivenOnceInACommune() {
        Household first = registry.register(household(camAn, null), AccessScope.everything());
        Household again = new Household(null, camAn, first.code(), null, "Hộ khác", null, null, null, Area.RURAL,
                first.members());
        assertThatThrownBy(() -> registry.register(again, AccessScope.everything()))
                .isInstanceOfSatisfying(InvalidHouseholdException.class,
                        e -> assertThat(e.problems().of("code").key()).isEqualTo("catalogue.code.taken"));
    }

    @Test
    void aCommuneOfficerRegistersOnlyInTheirCommuneAndReadsOnlyItsHouseholds() {
        long camThanh = scopes.unit("QT.CL.THANH");
        AccessScope officer = scopes.communeOfficer(CAM_AN);
        assertThatThrownBy(() -> registry.register(household(camThanh, null), officer))
                .isInstanceOf(HouseholdNotFoundException.class);
        Household theirs = registry.register(household(camAn, null), officer);
        Household other = registry.register(household(camThanh, null), AccessScope.everything());

        assertThat(registry.byId(theirs.id(), officer)).isPresent();
        assertThat(registry.byId(other.id(), officer)).isEmpty();
        assertThatThrownBy(() -> registry.setStatus(other.id(), poor(YEAR), officer))
                .isInstanceOf(HouseholdNotFoundException.class);
    }

    @Test
    void statusesAreKeptYearByYearAndTheCountsFollowEveryChange() {
        Household household = registry.register(household(camAn, null), AccessScope.everything());
        Map<RegistryMeasure, Long> before = registry.counts(List.of(camAn), YEAR).getOrDefault(camAn, Map.of());

        registry.setStatus(household.id(), poor(YEAR), AccessScope.everything());
        registry.setStatus(household.id(), new HouseholdStatus(YEAR + 1, Classification.NEAR_POOR, null, null, null),
                AccessScope.everything());
        assertThat(delta(before, RegistryMeasure.POOR)).isEqualTo(1);
        assertThat(delta(before, RegistryMeasure.POOR_CAN_EXIT)).isEqualTo(1);

        registry.setStatus(household.id(), new HouseholdStatus(YEAR, Classification.POOR, PoorCategory.CANNOT_EXIT,
                CannotExitReason.ELDERLY_ALONE, "Cụ sống một mình"), AccessScope.everything());

        assertThat(delta(before, RegistryMeasure.HOUSEHOLDS)).isEqualTo(1);
        assertThat(delta(before, RegistryMeasure.POOR)).isEqualTo(1);
        assertThat(delta(before, RegistryMeasure.POOR_CAN_EXIT)).isZero();
        assertThat(delta(before, RegistryMeasure.POOR_CANNOT_EXIT)).isEqualTo(1);
        assertThat(registry.history(household.id(), AccessScope.everything()))
                .extracting(HouseholdStatus::year, HouseholdStatus::classification)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(YEAR, Classification.POOR),
                        org.assertj.core.groups.Tuple.tuple(YEAR + 1, Classification.NEAR_POOR));
        Map<RegistryMeasure, Long> kept = new java.util.EnumMap<>(RegistryMeasure.class);
        registry.counts(List.of(camAn), YEAR).get(camAn).forEach((m, n) -> {
            if (n != 0) {
                kept.put(m, n);
            }
        });
        assertThat(kept).isEqualTo(directCount(camAn, YEAR));
    }

    @Test
    void aStatusAgainstItsRulesIsRefused() {
        Household household = registry.register(household(camAn, null), AccessScope.everything());
        assertThatThrownBy(() -> registry.setStatus(household.id(),
                new HouseholdStatus(YEAR, Classification.POOR, null, null, null), AccessScope.everything()))
                .isInstanceOfSatisfying(InvalidHouseholdException.class,
                        e -> assertThat(e.problems().of("status").key()).isEqualTo("household.status.category.missing"));
        assertThatThrownBy(() -> registry.setStatus(household.id(), new HouseholdStatus(YEAR, Classification.POOR,
                PoorCategory.CANNOT_EXIT, null, null), AccessScope.everything()))
                .isInstanceOf(InvalidHouseholdException.class);
        assertThatThrownBy(() -> registry.setStatus(household.id(), new HouseholdStatus(YEAR, Classification.NEAR_POOR,
                PoorCategory.CAN_EXIT, null, null), AccessScope.everything()))
                .isInstanceOf(InvalidHouseholdException.class);
        assertThat(registry.history(household.id(), AccessScope.everything())).isEmpty();
    }

    private long delta(Map<RegistryMeasure, Long> before, RegistryMeasure measure) {
        long now = registry.counts(List.of(camAn), YEAR).getOrDefault(camAn, Map.of()).getOrDefault(measure, 0L);
        return now - before.getOrDefault(measure, 0L);
    }

    /** The counts as a GROUP BY over the statuses gives them. */
    private Map<RegistryMeasure, Long> directCount(long unit, int year) {
        Map<RegistryMeasure, Long> counts = new java.util.EnumMap<>(RegistryMeasure.class);
        jdbc.sql("""
                select s.classification, s.poor_category, count(*) from household_status s
                join household h on h.id = s.household_id where h.unit_id = :unit and s.status_year = :year
                group by s.classification, s.poor_category""").param("unit", unit).param("year", year)
                .query((rs, n) -> {
                    HouseholdStatus status = new HouseholdStatus(year, Classification.valueOf(rs.getString(1)),
                            rs.getString(2) == null ? null : PoorCategory.valueOf(rs.getString(2)),
                            "CANNOT_EXIT".equals(rs.getString(2)) ? CannotExitReason.OTHER : null, null);
                    long count = rs.getLong(3);
                    status.measures().forEach(m -> counts.merge(m, count, Long::sum));
                    return null;
                }).list();
        return counts;
    }

    private long households() {
        return jdbc.sql("select count(*) from household").query(Long.class).single();
    }

    static HouseholdStatus poor(int year) {
        return new HouseholdStatus(year, Classification.POOR, PoorCategory.CAN_EXIT, null, null);
    }

    static Household household(long unit, String citizenId) {
        return new Household(null, unit, "T" + CODES.incrementAndGet() + "-" + System.nanoTime() % 100000, "Thôn Cam Phú",
                " Nguyễn Văn Hùng ", "Thôn Cam Phú, xã Cam An", "Kinh", "0912 345 678", Area.RURAL, List.of(
                        new Member("Nguyễn Văn Hùng", Sex.M, LocalDate.of(1968, 3, 12), "Chủ hộ", citizenId, false, true,
                                "THCS", "Nông nghiệp"),
                        new Member("Lê Thị Mai", Sex.F, LocalDate.of(1972, 8, 1), "Vợ", null, false, true, null, null)));
    }
}

package vn.ansinh.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ansinh.support.SeedScopes.CAM_AN;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.partners.Partners;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SeedScopes;
import vn.ansinh.units.Units;

/**
 * Support entries corrected (checked as a new one), deleted — gone from the list and its totals, kept for an
 * administrator — and restored by an administrator only; each step audited with before and after.
 */
@IntegrationTest
class SupportCorrectionTest {

    @Autowired
    SupportLog log;
    @Autowired
    HouseholdRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Units units;
    @Autowired
    Partners partners;

    SeedScopes scopes;
    AccessScope officer;
    long household;

    @BeforeEach
    void setUp() {
        scopes = new SeedScopes(units, partners);
        officer = scopes.communeOfficer(CAM_AN);
        household = registry.register(HouseholdRegistryTest.household(scopes.unit(CAM_AN), null), officer).id();
    }

    @Test
    void anEntryIsCorrectedAsANewOneIsCheckedAndAudited() {
        Support entry = log.record(support(new BigDecimal("500000")), officer);
        long farmers = partners.byCode("CL.HND").orElseThrow().id();

        log.change(entry.id(), new Support(null, 0, SupportKind.ANIMAL_FEED, new BigDecimal("2"), "con",
                new BigDecimal("3000000"), LocalDate.of(2019, 6, 2), farmers, "Hai con lợn giống"), officer);

        assertThat(log.of(household, officer)).singleElement().satisfies(s -> {
            assertThat(s.value()).isEqualByComparingTo("3000000");
            assertThat(s.organisationId()).isEqualTo(farmers);
            assertThat(s.householdId()).isEqualTo(household);
        });
        assertThatThrownBy(() -> log.change(entry.id(), support(new BigDecimal("-1")), officer))
                .isInstanceOfSatisfying(InvalidHouseholdException.class,
                        e -> assertThat(e.problems().of("value").key()).isEqualTo("household.support.negative"));
        Map<String, Object> audit = lastAudit(entry.id());
        assertThat(audit.get("action")).isEqualTo("UPDATE");
        assertThat((String) audit.get("old_value")).contains("500000");
        assertThat((String) audit.get("new_value")).contains("3000000").contains("Hai con lợn giống");
    }

    @Test
    void aDeletedEntryLeavesTheListAndItsTotalAndOnlyAnAdministratorRestoresIt() {
        Support kept = log.record(support(new BigDecimal("200000")), officer);
        Support deleted = log.record(support(new BigDecimal("700000")), officer);

        log.delete(deleted.id(), "canbo.an", officer);

        assertThat(log.of(household, officer)).extracting(Support::id).containsExactly(kept.id());
        assertThat(total(log.of(household, AccessScope.everything()))).isEqualByComparingTo("200000");
        assertThat(log.deletedOf(household, officer)).isEmpty();
        assertThat(log.deletedOf(household, AccessScope.everything())).singleElement().satisfies(d -> {
            assertThat(d.support().id()).isEqualTo(deleted.id());
            assertThat(d.deletedBy()).isEqualTo("canbo.an");
        });
        assertThat(lastAudit(deleted.id())).containsEntry("action", "DELETE").containsEntry("new_value", null);
        assertThatThrownBy(() -> log.change(deleted.id(), support(BigDecimal.ONE), officer))
                .isInstanceOf(HouseholdNotFoundException.class);
        assertThatThrownBy(() -> log.restore(deleted.id(), officer)).isInstanceOf(HouseholdNotFoundException.class);

        log.restore(deleted.id(), AccessScope.everything());

        assertThat(total(log.of(household, officer))).isEqualByComparingTo("900000");
        assertThat(log.deletedOf(household, AccessScope.everything())).isEmpty();
        Map<String, Object> audit = lastAudit(deleted.id());
        assertThat(audit.get("action")).isEqualTo("UPDATE");
        assertThat((String) audit.get("old_value")).contains("canbo.an");
        assertThat((String) audit.get("new_value")).contains("700000");
    }

    private Support support(BigDecimal value) {
        return new Support(null, household, SupportKind.ANIMAL_FEED, null, null, value, LocalDate.of(2019, 5, 1), null,
                null);
    }

    private static BigDecimal total(List<Support> entries) {
        return entries.stream().map(Support::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Map<String, Object> lastAudit(long supportId) {
        return jdbc.sql("""
                select action, old_value, new_value from audit_event where entity_type = 'household_support'
                and entity_id = :id order by id desc limit 1""").param("id", String.valueOf(supportId)).query().singleRow();
    }
}

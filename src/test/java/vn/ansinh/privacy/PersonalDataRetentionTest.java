package vn.ansinh.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.internal.AuditEventStore;
import vn.ansinh.audit.internal.PersonalValues;
import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdEnd;
import vn.ansinh.households.HouseholdEndReason;
import vn.ansinh.households.HouseholdRegistry;
import vn.ansinh.households.HouseholdRetention;
import vn.ansinh.households.HouseholdStatus;
import vn.ansinh.households.Member;
import vn.ansinh.households.PoorCategory;
import vn.ansinh.households.RegistryMeasure;
import vn.ansinh.households.RetentionCandidate;
import vn.ansinh.households.Sex;
import vn.ansinh.poverty.Area;
import vn.ansinh.poverty.Classification;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.OfficeTime;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.units.Units;

/**
 * Retention under Law 91/2025 on a fixed day (1 June 2000, five years): the dry run lists exactly the households
 * that ended before 1 June 1995 or, never marked ended, were last classified in 1994 or earlier; the run anonymises
 * exactly those — names, citizen IDs, phone, address, ethnicity, disability, health insurance erased, birth dates
 * kept as their year — and keeps their statuses and the registry's counts that Biểu 2 reads; each is one audit
 * entry without any erased value; and a run that cannot finish anonymises none.
 */
@IntegrationTest
class PersonalDataRetentionTest {

    private static final Clock JUNE_2000 = Clock.fixed(LocalDate.of(2000, 6, 1).atStartOfDay(OfficeTime.ZONE).toInstant(),
            OfficeTime.ZONE);
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    HouseholdRegistry registry;
    @Autowired
    HouseholdRetention households;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    PersonalValues personalValues;

    Retention retention;
    long unit;
    String prefix;

    @BeforeEach
    void setUp() {
        retention = new Retention(households, new PrivacyProperties(5, false, null), JUNE_2000);
        unit = units.byCode("QT.CL.TUYEN").orElseThrow().id();
        prefix = "RT" + SERIAL.incrementAndGet() + "-" + System.nanoTime() % 100_000 + "-";
    }

    @Test
    void theDryRunListsExactlyTheHouseholdsPastRetentionAndTheRunAnonymisesExactlyThoseKeepingStatusesAndCounts() {
        Household lastClassified1993 = household("A", "045090000001", 1990, 1993);
        Household ended1995 = household("B", "045090000002", 1994);
        households.end(ended1995.id(), new HouseholdEnd(LocalDate.of(1995, 3, 1), HouseholdEndReason.DISSOLVED),
                LocalDate.of(1995, 3, 1), AccessScope.everything());
        Household endedTooLately = household("C", "045090000003", 1990);
        households.end(endedTooLately.id(), new HouseholdEnd(LocalDate.of(1995, 6, 1), HouseholdEndReason.MOVED_AWAY),
                LocalDate.of(1995, 6, 1), AccessScope.everything());
        Household classified1995 = household("D", "045090000004", 1991, 1995);
        Household neverClassified = household("E", "045090000005");
        Map<Long, Map<RegistryMeasure, Long>> counts1990 = registry.counts(List.of(unit), 1990);
        Map<Long, Map<RegistryMeasure, Long>> counts1994 = registry.counts(List.of(unit), 1994);

        RetentionRun dryRun = retention.dryRun();
        assertThat(mine(dryRun)).extracting(RetentionCandidate::code, RetentionCandidate::members,
                RetentionCandidate::endedOn, RetentionCandidate::reason, RetentionCandidate::lastStatusYear)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(prefix + "A", 2, null, null, 1993),
                        org.assertj.core.groups.Tuple.tuple(prefix + "B", 2, LocalDate.of(1995, 3, 1),
                                HouseholdEndReason.DISSOLVED, 1994));
        assertThat(registry.byId(lastClassified1993.id(), AccessScope.everything()).orElseThrow())
                .as("a dry run changes nothing").isEqualTo(lastClassified1993);
        long auditBefore = anonymiseEntries();

        RetentionRun done = retention.run(dryRun.households().size());

        assertThat(mine(done)).extracting(RetentionCandidate::id).containsExactly(lastClassified1993.id(), ended1995.id());
        assertThat(mine(retention.dryRun())).as("nothing left past retention").isEmpty();
        for (Household kept : List.of(endedTooLately, classified1995, neverClassified)) {
            assertThat(registry.byId(kept.id(), AccessScope.everything()).orElseThrow()).isEqualTo(kept);
        }
        Household anonymous = registry.byId(lastClassified1993.id(), AccessScope.everything()).orElseThrow();
        assertThat(anonymous.headName()).isEqualTo("Thành viên 1");
        assertThat(anonymous.code()).isEqualTo(prefix + "A");
        assertThat(anonymous.village()).isEqualTo("Thôn Cam Phú");
        assertThat(anonymous.address()).isNull();
        assertThat(anonymous.phone()).isNull();
        assertThat(anonymous.ethnicity()).isNull();
        assertThat(anonymous.members()).containsExactly(
                new Member("Thành viên 1", Sex.M, LocalDate.of(1970, 1, 1), "Chủ hộ", null, false, false, "THCS",
                        "Nông nghiệp"),
                new Member("Thành viên 2", Sex.F, LocalDate.of(1974, 1, 1), "Vợ", null, false, false, null, null));
        assertThat(households.anonymisedOn(ended1995.id(), AccessScope.everything())).contains(LocalDate.of(2000, 6, 1));
        assertThat(registry.history(lastClassified1993.id(), AccessScope.everything()))
                .extracting(HouseholdStatus::year, HouseholdStatus::classification)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1990, Classification.POOR),
                        org.assertj.core.groups.Tuple.tuple(1993, Classification.NEAR_POOR));
        assertThat(registry.counts(List.of(unit), 1990)).as("Biểu 2 of 1990 from the registry").isEqualTo(counts1990);
        assertThat(registry.counts(List.of(unit), 1994)).as("Biểu 2 of 1994 from the registry").isEqualTo(counts1994);
        assertThat(counts1990.get(unit)).containsEntry(RegistryMeasure.POOR, counts1990.get(unit).get(RegistryMeasure.POOR));
        assertThat(anonymiseEntries() - auditBefore).isEqualTo(done.households().size());
        assertAuditedWithoutPersonalValues(lastClassified1993, "045090000001");
        assertAuditedWithoutPersonalValues(ended1995, "045090000002");
    }

    @Test
    void endingAHouseholdIsOneAuditedUpdateWithTheDayAndTheReason() {
        Household household = household("F", "045090000006", 1992);
        households.end(household.id(), new HouseholdEnd(LocalDate.of(1994, 1, 2), HouseholdEndReason.NO_MEMBERS_LEFT),
                LocalDate.of(2000, 1, 1), AccessScope.everything());

        List<Map<String, Object>> entries = jdbc.sql("""
                select action, old_value, new_value from audit_event where entity_type = 'household'
                and entity_id = :id and action = 'UPDATE'""").param("id", String.valueOf(household.id())).query().listOfRows();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("old_value")).isNull();
        assertThat((String) entries.get(0).get("new_value")).contains("\"endedOn\":\"1994-01-02\"")
                .contains("\"reason\":\"NO_MEMBERS_LEFT\"");
        assertThatThrownBy(() -> households.end(household.id(), new HouseholdEnd(LocalDate.of(2001, 1, 1),
                HouseholdEndReason.DISSOLVED), LocalDate.of(2000, 1, 1), AccessScope.everything()))
                .isInstanceOf(vn.ansinh.households.InvalidHouseholdException.class);
        assertThat(households.endOf(household.id(), AccessScope.everything()))
                .contains(new HouseholdEnd(LocalDate.of(1994, 1, 2), HouseholdEndReason.NO_MEMBERS_LEFT));
    }

    @Test
    void aRunThatCannotFinishAnonymisesNone() throws Exception {
        Household first = household("G1", "045090000007", 1991);
        Household second = household("G2", "045090000008", 1992);
        long auditBefore = anonymiseEntries();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            // Another writer holds the second household until the run has given up waiting for it.
            Future<?> holder = other.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(t -> {
                jdbc.sql("update household set version = version where id = :id").param("id", second.id()).update();
                locked.countDown();
                await(release);
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> retention.run()).isInstanceOf(RuntimeException.class);
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            other.shutdown();
        }
        assertThat(registry.byId(first.id(), AccessScope.everything()).orElseThrow()).isEqualTo(first);
        assertThat(households.anonymisedOn(first.id(), AccessScope.everything())).isEmpty();
        assertThat(anonymiseEntries()).isEqualTo(auditBefore);
        assertThat(mine(retention.dryRun())).extracting(RetentionCandidate::id).containsExactly(first.id(), second.id());
    }

    private Household household(String code, String citizenId, int... statusYears) {
        Household household = registry.register(new Household(null, unit, prefix + code, "Thôn Cam Phú", "Hồ Văn Dữ",
                "Thôn Cam Phú, xã Cam Tuyền", "Vân Kiều", "0912345678", Area.RURAL, List.of(
                        new Member("Hồ Văn Dữ", Sex.M, LocalDate.of(1970, 5, 6), "Chủ hộ", citizenId, true, true,
                                "THCS", "Nông nghiệp"),
                        new Member("Hồ Thị Liệu", Sex.F, LocalDate.of(1974, 2, 3), "Vợ", null, false, true, null,
                                null))), AccessScope.everything());
        for (int i = 0; i < statusYears.length; i++) {
            HouseholdStatus status = i == 0
                    ? new HouseholdStatus(statusYears[i], Classification.POOR, PoorCategory.CAN_EXIT, null, null)
                    : new HouseholdStatus(statusYears[i], Classification.NEAR_POOR, null, null, null);
            registry.setStatus(household.id(), status, AccessScope.everything());
        }
        return household;
    }

    private List<RetentionCandidate> mine(RetentionRun run) {
        return run.households().stream().filter(h -> h.code().startsWith(prefix)).toList();
    }

    private long anonymiseEntries() {
        return jdbc.sql("select count(*) from audit_event where action = 'ANONYMISE'").query(Long.class).single();
    }

    private void assertAuditedWithoutPersonalValues(Household household, String citizenId) {
        List<Map<String, Object>> entries = jdbc.sql("""
                select entity_type, old_value, new_value from audit_event where action = 'ANONYMISE' and entity_id = :id""")
                .param("id", String.valueOf(household.id())).query().listOfRows();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("entity_type")).isEqualTo("household");
        assertThat(entries.get(0).get("old_value")).isNull();
        String values = (String) entries.get(0).get("new_value");
        assertThat(values).contains("\"code\":\"" + household.code() + "\"").contains("\"members\":2")
                .contains("\"anonymisedOn\":\"2000-06-01\"");
        List<String> erasedValues = List.of("Hồ Văn Dữ", "Hồ Thị Liệu", citizenId, "0912345678", "xã Cam Tuyền",
                "Vân Kiều", "1970-05-06", "1974-02-03");
        for (String erased : erasedValues) {
            assertThat(values).doesNotContain(erased);
        }
        // The entries written before — its registration kept the household whole — can no longer be read.
        List<AuditEvent> earlier = jdbc.sql("select * from audit_event where entity_type = 'household' and entity_id = :id "
                + "and action <> 'ANONYMISE' order by id").param("id", String.valueOf(household.id()))
                .query(AuditEventStore::event).list();
        assertThat(earlier).extracting(AuditEvent::action).contains("CREATE");
        PersonalValues.Opener opener = personalValues.opener();
        for (AuditEvent entry : earlier) {
            AuditEvent read = opener.open(entry);
            for (String erased : erasedValues) {
                assertThat(String.valueOf(read.oldValue()) + read.newValue()).as("entry %s as read", entry.id())
                        .doesNotContain(erased);
            }
        }
        assertThat(opener.open(earlier.get(0)).newValue()).isEqualTo(PersonalValues.ERASED);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

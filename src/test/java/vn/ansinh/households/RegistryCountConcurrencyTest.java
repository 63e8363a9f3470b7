package vn.ansinh.households;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ansinh.support.SeedScopes.CAM_AN;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.partners.Partners;
import vn.ansinh.poverty.Classification;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SeedScopes;
import vn.ansinh.units.Units;

/**
 * The registry's kept counts stay equal to a full recount whatever the concurrency: 100 writers changing one
 * household's status at once (poor and near-poor alternating), and 100 writers each changing another household,
 * all succeed and leave the counts exact; 100 registrations of one code make one household, the others refused
 * as a taken code (never a server error).
 */
@IntegrationTest
class RegistryCountConcurrencyTest {

    private static final int WRITERS = 100;

    @Autowired
    HouseholdRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Units units;
    @Autowired
    Partners partners;

    long camAn;

    @BeforeEach
    void setUp() {
        camAn = new SeedScopes(units, partners).unit(CAM_AN);
    }

    @Test
    void oneHouseholdChangedByAHundredWritersAtOnceIsCountedOnce() throws Exception {
        int year = 2093;
        long id = registry.register(HouseholdRegistryTest.household(camAn, null), AccessScope.everything()).id();

        List<Throwable> failures = concurrently(i -> registry.setStatus(id, status(year, i), AccessScope.everything()));

        assertThat(failures).isEmpty();
        assertThat(kept(year)).isEqualTo(recount(year)).containsEntry(RegistryMeasure.HOUSEHOLDS, 1L);
    }

    @Test
    void aHundredHouseholdsChangedAtOnceAreEachCounted() throws Exception {
        int year = 2094;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            long id = registry.register(HouseholdRegistryTest.household(camAn, null), AccessScope.everything()).id();
            registry.setStatus(id, status(year, i + 1), AccessScope.everything());
            ids.add(id);
        }

        List<Throwable> failures = concurrently(i -> registry.setStatus(ids.get(i), status(year, i), AccessScope.everything()));

        assertThat(failures).isEmpty();
        assertThat(kept(year)).isEqualTo(recount(year)).containsEntry(RegistryMeasure.POOR, (long) WRITERS / 2)
                .containsEntry(RegistryMeasure.NEAR_POOR, (long) WRITERS / 2);
    }

    @Test
    void aHundredRegistrationsOfOneCodeAtOnceMakeOneHouseholdAndRefuseTheOthers() throws Exception {
        Household draft = HouseholdRegistryTest.household(camAn, null);

        List<Throwable> failures = concurrently(i -> registry.register(draft, AccessScope.everything()));

        assertThat(failures).hasSize(WRITERS - 1).allSatisfy(e -> assertThat(e)
                .isInstanceOfSatisfying(InvalidHouseholdException.class,
                        r -> assertThat(r.problems().of("code").key()).isEqualTo("catalogue.code.taken")));
        assertThat(jdbc.sql("select count(*) from household where unit_id = :unit and code = :code").param("unit", camAn)
                .param("code", draft.code()).query(Long.class).single()).isEqualTo(1);
    }

    private static HouseholdStatus status(int year, int i) {
        return i % 2 == 0 ? HouseholdRegistryTest.poor(year)
                : new HouseholdStatus(year, Classification.NEAR_POOR, null, null, null);
    }

    interface Write {
        void run(int i) throws Exception;
    }

    /** Runs the writes from many threads released at once; what they threw. */
    static List<Throwable> concurrently(Write write) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < WRITERS; i++) {
            int n = i;
            pool.submit(() -> {
                try {
                    start.await();
                    write.run(n);
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        return List.copyOf(failures);
    }

    private Map<RegistryMeasure, Long> kept(int year) {
        Map<RegistryMeasure, Long> kept = new EnumMap<>(RegistryMeasure.class);
        registry.counts(List.of(camAn), year).getOrDefault(camAn, Map.of()).forEach((m, n) -> {
            if (n != 0) {
                kept.put(m, n);
            }
        });
        return kept;
    }

    /** The counts as a GROUP BY over the statuses gives them. */
    private Map<RegistryMeasure, Long> recount(int year) {
        Map<RegistryMeasure, Long> counts = new EnumMap<>(RegistryMeasure.class);
        jdbc.sql("""
                select s.classification, s.poor_category, count(*) from household_status s
                join household h on h.id = s.household_id where h.unit_id = :unit and s.status_year = :year
                group by s.classification, s.poor_category""").param("unit", camAn).param("year", year)
                .query((rs, n) -> {
                    HouseholdStatus status = new HouseholdStatus(year, Classification.valueOf(rs.getString(1)),
                            rs.getString(2) == null ? null : PoorCategory.valueOf(rs.getString(2)), null, null);
                    long count = rs.getLong(3);
                    status.measures().forEach(m -> counts.merge(m, count, Long::sum));
                    return null;
                }).list();
        return counts;
    }
}

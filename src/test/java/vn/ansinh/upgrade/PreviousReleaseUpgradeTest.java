package vn.ansinh.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An office upgrades by replacing ansinh.jar: its ./data must come through whole. The database here was
 * made by the previous release (commit 21e9bde, schema V38) as an office would have used it — the seed
 * loaded, 120 households of Cam An imported, ten job placements, March's report approved, a review
 * round closed, support given, a household sponsored — and written out with H2's SCRIPT
 * (src/test/resources/upgrade; its answers for Biểu 1–3 saved beside it, password hashes blanked).
 * This release migrates it on start, loses no row and computes the same tables.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=" + PreviousReleaseUpgradeTest.URL)
@ContextConfiguration(initializers = PreviousReleaseUpgradeTest.PreviousRelease.class)
@WithMockUser(username = "quantri-test", roles = "ADMIN")
class PreviousReleaseUpgradeTest {

    static final String URL = "jdbc:h2:mem:release-21e9bde;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
    private static final List<String> KEPT = List.of("programme", "target", "household", "household_member",
            "household_status", "household_support", "household_sponsor", "review_round", "review_outcome", "report",
            "report_figure", "labour_record", "user_account", "role_assignment", "reporting_period");
    /** Rows per table as the previous release left them, counted before this release's migrations ran. */
    private static final Map<String, Long> BEFORE = new TreeMap<>();

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    /** Loads the previous release's database before Flyway sees it. */
    static class PreviousRelease implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try (InputStream script = new ClassPathResource("upgrade/release-21e9bde.sql.gz").getInputStream();
                    Connection connection = DriverManager.getConnection(URL, "sa", "");
                    Statement statement = connection.createStatement()) {
                Path file = Files.createTempFile("release-21e9bde", ".sql.gz");
                Files.copy(script, file, StandardCopyOption.REPLACE_EXISTING);
                statement.execute("RUNSCRIPT FROM '" + file + "' COMPRESSION GZIP");
                Files.delete(file);
                for (String table : KEPT) {
                    var rows = statement.executeQuery("select count(*) from " + table);
                    rows.next();
                    BEFORE.put(table, rows.getLong(1));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void everyMigrationOfThisReleaseRanOverThePreviousOne() throws IOException {
        List<String> applied = jdbc.sql("select version from flyway_schema_history where success and version is not null")
                .query(String.class).list();
        List<String> shipped;
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            shipped = files.map(f -> f.getFileName().toString().replaceFirst("^V(\\d+)__.*", "$1")).toList();
        }
        // 45 is a Java migration (the households' accent-free search names, filled for existing rows).
        assertThat(applied).containsAll(shipped).contains("38", "45", "47");
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where not success").query(Long.class).single()).isZero();
        assertThat(BEFORE.get("household")).as("the release's database was read").isEqualTo(120);
    }

    @Test
    void noRowIsLost() {
        Map<String, Long> after = new TreeMap<>();
        KEPT.forEach(table -> after.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single()));
        assertThat(after).isEqualTo(BEFORE);
        assertThat(BEFORE).containsEntry("household_member", 300L).containsEntry("labour_record", 10L)
                .containsEntry("review_outcome", 3L).containsEntry("household_support", 1L).containsEntry("report", 1L);
    }

    @Test
    void theTablesAreComputedAsThePreviousReleaseComputedThem() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        JsonNode answers = json.readTree(new ClassPathResource("upgrade/release-21e9bde-answers.json").getInputStream());
        for (String table : List.of("bieu-1", "bieu-2", "bieu-3")) {
            JsonNode now = json.readTree(mvc.perform(get("/api/v1/programmes/1/tables/" + table)).andReturn()
                    .getResponse().getContentAsString());
            JsonNode then = answers.path("tables").path(table);
            for (JsonNode row : now.path("rows")) {
                String key = row.path("unitCode").isNull() ? row.path("unit").asString() : row.path("unitCode").asString();
                assertSameValues(table + " " + key, row.path("values"), then.path("rows").path(key));
            }
            assertThat(now.path("rows").size()).as(table).isEqualTo(then.path("rows").size());
            assertSameValues(table + " total", now.path("total").path("values"), then.path("total"));
        }
    }

    @Test
    void theYearsWorkReadsAsItWasEntered() throws Exception {
        String dashboard = mvc.perform(get("/api/v1/programmes/1/dashboard")).andReturn().getResponse().getContentAsString();
        JsonNode jobs = findTarget(JsonMapper.builder().build().readTree(dashboard), "JOBS_CREATED");
        assertThat(jobs.path("achieved").asLong()).as("ten job placements recorded").isEqualTo(10);
        assertThat(jobs.path("reported").asLong()).as("March's approved report").isEqualTo(12);
        assertThat(jdbc.sql("select state from report").query(String.class).single()).isEqualTo("APPROVED");
        assertThat(jdbc.sql("select value_vnd from household_support").query(BigDecimal.class).single())
                .isEqualByComparingTo("20000000");
        assertThat(jdbc.sql("select search_name from household_member where full_name = ?").param("Nguyễn Văn An 6")
                .query(String.class).single()).as("names stored before accent-free search are found by it")
                .isEqualTo("nguyen van an 6");
    }

    /** The previous release wrote office time into the audit log; V47 moved those entries back to UTC. */
    @Test
    void auditTimesAreUtcAfterTheUpgrade() {
        LocalDateTime installed = jdbc.sql("select installed_on from flyway_schema_history where version = '38'")
                .query(LocalDateTime.class).single();
        List<LocalDateTime> times = jdbc.sql("select occurred_at from audit_event").query(LocalDateTime.class).list();
        assertThat(times).hasSizeGreaterThan(10).allSatisfy(time ->
                assertThat(Duration.between(installed, time)).isBetween(Duration.ofSeconds(-1), Duration.ofHours(1)));
    }

    private static JsonNode findTarget(JsonNode dashboard, String code) {
        for (JsonNode target : dashboard.path("targets")) {
            if (code.equals(target.path("code").asString())) {
                return target;
            }
        }
        throw new AssertionError("no target " + code);
    }

    private static void assertSameValues(String where, JsonNode now, JsonNode then) {
        assertThat(then.isMissingNode()).as(where + " in the previous release").isFalse();
        Map<String, BigDecimal> a = new TreeMap<>();
        Map<String, BigDecimal> b = new TreeMap<>();
        now.properties().forEach(e -> a.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().decimalValue().stripTrailingZeros()));
        then.properties().forEach(e -> b.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().decimalValue().stripTrailingZeros()));
        assertThat(a).as(where).isEqualTo(b);
    }
}

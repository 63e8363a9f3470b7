package vn.ansinh.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.intake.ProgrammeImporter;
import vn.ansinh.support.ConnectionWatch;
import vn.ansinh.support.Load;
import vn.ansinh.support.SeedOfYear;
import vn.ansinh.support.TestAccounts;

/**
 * Three times as many requests at once as the pool has connections (4): pages, API reads and writes
 * through the real server, signed in for real (a page session, HTTP Basic). No request needs two
 * connections at once, so none waits for the pool until it gives up: zero 5xx. Every write is applied or
 * refused with 409, and the figures recounted afterwards lose none of the applied ones.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.hikari.maximum-pool-size=" + UnderLoadTest.POOL,
    // A request that holds one connection while waiting for another fails in 3 s instead of 30.
    "spring.datasource.hikari.connection-timeout=3000"})
@ActiveProfiles("test")
@Import(ConnectionWatch.class)
class UnderLoadTest {

    static final int POOL = 4;
    static final int CALLERS = 3 * POOL;
    private static final int YEAR = 2044;

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProgrammeImporter importer;

    Load load;
    long seedProgramme;
    long programme;
    long camAn;

    @BeforeEach
    void setUp() {
        load = new Load("http://localhost:" + port);
        camAn = jdbc.sql("select id from administrative_unit where code = 'QT.CL.AN'").query(Long.class).single();
        seedProgramme = jdbc.sql("select id from programme where programme_year = 2019").query(Long.class).single();
        programme = SeedOfYear.of(jdbc, importer, YEAR).programmeId();
        load.basic("load-admin", TestAccounts.ensure(accounts, "load-admin", Set.of(RoleAssignment.admin())));
        load.basic("load-caman", TestAccounts.ensure(accounts, "load-caman",
                Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camAn))));
    }

    @Test
    void pagesAndApiReadsAtThreeTimesThePool() throws Exception {
        List<Load.Session> sessions = load.signIn("load-caman", CALLERS);
        String[] paths = {"/programmes/" + seedProgramme + "/dashboard", "/programmes/" + seedProgramme + "/tables/bieu-2"};

        Load.Tally pages = load.together(CALLERS * 2, i -> sessions.get(i % CALLERS).get(paths[i % 2]));
        Load.Tally api = load.together(CALLERS * 2, i -> load.get("load-caman", i % 2 == 0
                ? "/api/v1/programmes/" + seedProgramme + "/dashboard" : "/api/v1/programmes/" + seedProgramme + "/tables/bieu-2"));

        assertThat(ConnectionWatch.mostHeldAtOnce()).as("connections a request holds at once %s", ConnectionWatch.whereNested()).isEqualTo(1);
        assertThat(pages.statuses()).as("pages, signed in").containsOnlyKeys(200);
        assertThat(api.statuses()).as("API reads, HTTP Basic").containsOnlyKeys(200);
        assertThat(pages.bodies()).allSatisfy(b -> assertThat(b).contains("Cam An"));
    }

    @Test
    void writersOfOneReportAreAppliedOrRefusedWithConflict() throws Exception {
        long period = period(YEAR + "-05");
        String opened = load.send("load-caman", "POST", "/api/v1/reports", open(period)).body();
        long report = Load.number(opened, "id");
        int version = (int) Load.number(opened, "version");

        Load.Tally saves = load.together(CALLERS, i -> load.send("load-caman", "PUT", "/api/v1/reports/" + report,
                "{\"version\": %d, \"proposals\": \"[%d]\"}".formatted(version, i)));

        assertThat(saves.statuses()).as("one save from the version read is applied, the others refused")
                .isEqualTo(Map.of(200, 1, 409, CALLERS - 1));
        String stored = jdbc.sql("select proposals from report where id = ?").param(report).query(String.class).single();
        int storedVersion = jdbc.sql("select version from report where id = ?").param(report).query(Integer.class).single();
        assertThat(storedVersion).isEqualTo(version + 1);
        assertThat(saves.bodies()).anySatisfy(b -> assertThat(b).contains("\"proposals\":\"" + stored + "\""));
    }

    @Test
    void callersOpeningTheSameReportAllGetTheOne() throws Exception {
        long period = period(YEAR + "-06");

        Load.Tally opens = load.together(CALLERS, i -> load.send("load-caman", "POST", "/api/v1/reports", open(period)));

        assertThat(opens.statuses()).containsOnlyKeys(200);
        assertThat(opens.bodies().stream().map(b -> Load.number(b, "id")).distinct()).hasSize(1);
        assertThat(jdbc.sql("select count(*) from report where period_id = ?").param(period).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void householdsRegisteredAtOnceAreAllKeptAndOneCodeOnlyOnce() throws Exception {
        Load.Tally distinct = load.together(CALLERS, i -> load.send("load-caman", "POST", "/api/v1/households",
                household("LOAD-" + i)));
        Load.Tally same = load.together(CALLERS, i -> load.send("load-caman", "POST", "/api/v1/households",
                household("LOAD-SAME")));

        assertThat(distinct.statuses()).isEqualTo(Map.of(201, CALLERS));
        assertThat(same.statuses().get(201)).as("one registered").isEqualTo(1);
        assertThat(same.statuses().keySet()).as("the others refused as the code is taken").isSubsetOf(201, 409, 422);
        assertThat(jdbc.sql("select count(*) from household where unit_id = ? and code like 'LOAD-%'").param(camAn)
                .query(Integer.class).single()).isEqualTo(CALLERS + 1);
    }

    private long period(String code) {
        int month = Integer.parseInt(code.substring(5));
        return jdbc.sql("select id from reporting_period where programme_id = ? and kind = 'MONTH' and number = ?")
                .params(programme, month).query(Long.class).single();
    }

    private String open(long period) {
        return "{\"periodId\": %d, \"unitId\": %d}".formatted(period, camAn);
    }

    private String household(String code) {
        return """
                {"unitId": %d, "code": "%s", "headName": "Lê Văn Tư", "area": "RURAL",
                 "members": [{"fullName": "Lê Văn Tư", "sex": "M", "relation": "Chủ hộ"}]}""".formatted(camAn, code);
    }
}

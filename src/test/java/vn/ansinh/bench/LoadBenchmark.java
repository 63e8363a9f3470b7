package vn.ansinh.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.support.Load;
import vn.ansinh.support.OnPostgres;
import vn.ansinh.support.TestAccounts;

/**
 * 50 and then 100 users at once for a while each (-Dbench.load.seconds, 30 by default), on PostgreSQL with the
 * production pool (10 connections): the dashboard page, the table page (signed-in sessions), the API's
 * dashboard (HTTP Basic) and report saves from the version read (applied or refused with 409). Requests, 5xx,
 * p50 and p99 per kind go to target/bench/load.md. Run with ./mvnw -Pbench test -Dtest=LoadBenchmark.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@OnPostgres
class LoadBenchmark {

    private static final String[] KINDS = {"dashboard page", "table page", "API read", "report write"};

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fiftyAndAHundredUsers() throws Exception {
        Duration time = Duration.ofSeconds(Long.getLong("bench.load.seconds", 30));
        long camAn = jdbc.sql("select id from administrative_unit where code = 'QT.CL.AN'").query(Long.class).single();
        long programme = jdbc.sql("select id from programme where programme_year = 2019").query(Long.class).single();
        long period = jdbc.sql("select id from reporting_period where programme_id = ? and kind = 'MONTH' and number = 3")
                .param(programme).query(Long.class).single();
        Load load = new Load("http://localhost:" + port);
        load.basic("bench-caman", TestAccounts.ensure(accounts, "bench-caman",
                Set.of(RoleAssignment.ofUnit(Role.COMMUNE_OFFICER, camAn))));
        long report = Load.number(load.send("bench-caman", "POST", "/api/v1/reports",
                "{\"periodId\": %d, \"unitId\": %d}".formatted(period, camAn)).body(), "id");
        List<String> lines = new ArrayList<>(List.of("| users | what | requests | 5xx | 409 | other | p50 ms | p99 ms |",
                "|---|---|---|---|---|---|---|---|"));
        for (int users : new int[] {50, 100}) {
            List<Load.Session> sessions = load.signIn("bench-caman", users);
            Map<String, Load.Tally> byKind = new LinkedHashMap<>();
            for (String kind : KINDS) {
                byKind.put(kind, load.during(users, time, n -> call(load, sessions, kind, n, programme, report)));
            }
            byKind.forEach((kind, tally) -> lines.add(line(users, kind, tally)));
            byKind.values().forEach(t -> assertThat(t.statuses().keySet()).as("every answer 200, or 409 for a stale write")
                    .isSubsetOf(200, 409));
        }
        Path out = Path.of("target/bench/load.md");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        lines.forEach(l -> System.out.println("BENCH " + l));
    }

    private static java.net.http.HttpResponse<String> call(Load load, List<Load.Session> sessions, String kind, int n,
            long programme, long report) throws Exception {
        Load.Session session = sessions.get((n / 1_000_000) % sessions.size());
        return switch (kind) {
            case "dashboard page" -> session.get("/programmes/" + programme + "/dashboard");
            case "table page" -> session.get("/programmes/" + programme + "/tables/bieu-2");
            case "API read" -> load.get("bench-caman", "/api/v1/programmes/" + programme + "/dashboard");
            default -> {
                String read = load.get("bench-caman", "/api/v1/reports/" + report).body();
                yield load.send("bench-caman", "PUT", "/api/v1/reports/" + report,
                        "{\"version\": %d, \"proposals\": \"%d\"}".formatted(Load.number(read, "version"), n));
            }
        };
    }

    private static String line(int users, String kind, Load.Tally tally) {
        long other = tally.statuses().entrySet().stream().filter(e -> e.getKey() != 200 && e.getKey() != 409
                && e.getKey() < 500).mapToLong(Map.Entry::getValue).sum();
        return String.format(Locale.ROOT, "| %d | %s | %d | %d | %d | %d | %.0f | %.0f |", users, kind,
                tally.results().size(), tally.serverErrors(), tally.statuses().getOrDefault(409, 0), other,
                tally.percentileMillis(0.5), tally.percentileMillis(0.99));
    }
}

package vn.ansinh.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.ansinh.support.Endpoints;
import vn.ansinh.support.Endpoints.Endpoint;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.ProgrammeYaml;

/**
 * The audit log is append-only: no code touches audit_event but to insert and select, only GET
 * reaches it on the web, and calling every endpoint the application has — reads and writes —
 * leaves every existing entry exactly as it was.
 */
@IntegrationTest
class AuditAppendOnlyTest {

    /** Values for the path variables of every mapping; a new variable must be added here. */
    static final Map<String, String> PATH_VALUES = Map.of("id", "1", "table", "bieu-1", "code", "bieu-2", "tokenId", "1", "unitId", "999999",
            "path", "99", "year", "2019", "round", "999999");
    private static final Map<String, String> MORE_PATH_VALUES = Map.of("kind", "JOB_PLACEMENT", "month", "1",
            "report", "999999", "record", "999999", "**", "ping", "name", "ansinh-20000101-000000.zip");
    private static final Map<String, String> COORDINATION_PATH_VALUES = Map.of("commitment", "999999", "meeting",
            "999999", "inspection", "999999", "item", "999999", "partyId", "999999");
    private static final Pattern ALTERS_AUDIT = Pattern.compile(
            "(update|delete\\s+from|truncate\\s+(table\\s+)?|drop\\s+table|alter\\s+table|merge\\s+into)\\s+audit_event",
            Pattern.CASE_INSENSITIVE);
    /**
     * The migrations allowed to touch audit rows, each argued here by name. V47 moves entries written in office
     * time back to UTC, changing no entry's content. V54 seals the household values of entries written before
     * V53, so that anonymising a household reaches them as it reaches every later entry (Law 91/2025 asks that
     * erased data be erased everywhere); who, when and what stay as they were.
     */
    private static final Path TIME_ZONE_REPAIR = Path.of("src/main/resources/db/migration/V47__audit_times_in_utc.sql");
    private static final Path EARLIER_VALUES_SEALED = Path.of(
            "src/main/java/vn/ansinh/audit/internal/SealEarlierHouseholdEntries.java");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void noProductionCodeChangesOrRemovesAuditRows() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.equals(TIME_ZONE_REPAIR) && !f.equals(EARLIER_VALUES_SEALED)).toList()) {
                // Latin-1 reads any byte, so fonts and other binary resources are searched too.
                if (ALTERS_AUDIT.matcher(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1)).find()) {
                    offenders.add(file.toString());
                }
            }
        }
        assertThat(offenders).isEmpty();
        assertThat(TIME_ZONE_REPAIR).as("the exemption names a file that exists").exists();
        assertThat(EARLIER_VALUES_SEALED).as("the exemption names a file that exists").exists();
        assertThat(ALTERS_AUDIT.matcher("DELETE FROM audit_event where id = 1").find()).as("the search works").isTrue();
    }

    @Test
    void theAuditIsOnlyEverReadOnTheWeb() {
        List<RequestMappingInfo> audit = mappings.getHandlerMethods().keySet().stream()
                .filter(info -> info.getPatternValues().stream().anyMatch(p -> p.contains("audit"))).toList();
        assertThat(audit).hasSizeGreaterThanOrEqualTo(3).allSatisfy(info ->
                assertThat(info.getMethodsCondition().getMethods()).containsExactly(RequestMethod.GET));
    }

    @Test
    void callingEveryEndpointLeavesEveryEntryAsItWas() throws Exception {
        AuditRows rows = new AuditRows(jdbc);
        List<AuditEvent> before = rows.all();
        assertThat(before).isNotEmpty();

        TreeSet<String> called = new TreeSet<>();
        for (Endpoint endpoint : Endpoints.of(context)) {
            call(endpoint);
            called.add(endpoint.toString());
        }

        List<AuditEvent> after = rows.all();
        assertThat(called).contains("GET /admin/audit", "GET /admin/audit.csv", "GET /api/v1/admin/audit",
                "POST /api/v1/programme-files", "POST /imports/programme");
        assertThat(after.subList(0, before.size())).isEqualTo(before);
        assertThat(after.subList(before.size(), after.size())).as("the import the calls wrote")
                .extracting(AuditEvent::action).contains("IMPORT");
    }

    /** A GET as it is; any other method with a programme file to import, for real. */
    private void call(Endpoint endpoint) throws Exception {
        var request = multipart(endpoint.method(), path(endpoint)).with(csrf());
        if (endpoint.method() != HttpMethod.GET) {
            request.file(new MockMultipartFile("file", "moi-2076.yaml", "application/yaml",
                    ProgrammeYaml.seed().withYear(2076).text().getBytes(StandardCharsets.UTF_8)))
                    .param("dryRun", "false").param("commit", "true");
        }
        mvc.perform(request);
    }

    private static String path(Endpoint endpoint) {
        // No such account, unit, organisation or indicator: the calls must not change the shared context's records.
        boolean administered = endpoint.pattern().startsWith("/admin/");
        return endpoint.path(name -> administered && name.equals("id") ? "999999"
                : PATH_VALUES.getOrDefault(name,
                        MORE_PATH_VALUES.getOrDefault(name, COORDINATION_PATH_VALUES.get(name))));
    }
}

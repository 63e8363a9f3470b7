package vn.ansinh.annex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.accounts.RoleAssignment;
import vn.ansinh.accounts.UserAccounts;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.TestAccounts;
import vn.ansinh.targets.FigureEditor;
import vn.ansinh.targets.FigureKey;
import vn.ansinh.units.Units;

/**
 * No lost update on a row's figures: officers who read Cam An's Biểu 2 row and save at once are either
 * applied or refused with 409 naming who saved first and when — never silently overwritten, never a 500.
 * The saves commit (as real ones do); Cam An's figure is put back after each test.
 */
@IntegrationTest
class RowVersionTest {

    private static final String ROW = "/api/v1/programmes/1/tables/bieu-2/rows/";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    Units units;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AnnexTables tables;
    @Autowired
    FigureEditor figures;

    long camAn;
    BigDecimal printed;

    @BeforeEach
    void readCamAn() throws Exception {
        camAn = units.byCode("QT.CL.AN").orElseThrow().id();
        TestAccounts.ensure(accounts, "canbo.a", Set.of(RoleAssignment.admin()));
        TestAccounts.ensure(accounts, "canbo.b", Set.of(RoleAssignment.admin()));
        printed = households(read("canbo.a"));
    }

    @AfterEach
    void putCamAnBack() {
        AnnexColumn column = tables.computed(1, "bieu-2", vn.ansinh.shared.AccessScope.everything()).orElseThrow()
                .column("1").orElseThrow().column();
        figures.setBaseline(new FigureKey(column.indicatorId(), camAn, column.organisationId()), 2019, printed);
    }

    @Test
    void ofTwoSavesOfTheSameReadTheSecondIsRefusedNamingTheFirstAndNothingIsLost() throws Exception {
        JsonNode a = read("canbo.a");
        JsonNode b = read("canbo.b");

        MvcResult first = write("canbo.a", a.get("version").asInt(), households(a).add(BigDecimal.ONE));
        MvcResult second = write("canbo.b", b.get("version").asInt(), households(b).add(BigDecimal.TEN));

        assertThat(first.getResponse().getStatus()).isEqualTo(200);
        assertThat(second.getResponse().getStatus()).isEqualTo(409);
        JsonNode refusal = json.readTree(second.getResponse().getContentAsString());
        assertThat(refusal.get("code").asString()).isEqualTo("figures.conflict");
        assertThat(refusal.get("detail").asString()).matches(
                "số liệu này vừa được canbo\\.a lưu lúc \\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}, sau khi bạn đọc;.*");
        JsonNode now = read("canbo.b");
        assertThat(households(now)).isEqualByComparingTo(printed.add(BigDecimal.ONE));
        assertThat(now.get("changedBy").asString()).isEqualTo("canbo.a");
        assertThat(now.get("version").asInt()).isGreaterThan(a.get("version").asInt());
    }

    @Test
    void aWriteWithoutAVersionIsRefusedAndWritesNothing() throws Exception {
        MvcResult result = mvc.perform(put(ROW + camAn).with(as("canbo.a")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"values\": {\"1\": 1}}")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString()).contains("\"field\":\"version\"");
        assertThat(households(read("canbo.a"))).isEqualByComparingTo(printed);
    }

    @Test
    void thirtyOfficersAddingOneAtOnceLoseNoUpdate() throws Exception {
        int officers = 30;
        ExecutorService pool = Executors.newFixedThreadPool(officers);
        CountDownLatch start = new CountDownLatch(1);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < officers; i++) {
            done.add(pool.submit(() -> {
                JsonNode row = read("canbo.a");
                start.await();
                int status = write("canbo.a", row.get("version").asInt(), households(row).add(BigDecimal.ONE))
                        .getResponse().getStatus();
                statuses.merge(status, 1, Integer::sum);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        int accepted = statuses.getOrDefault(200, 0);
        assertThat(statuses.keySet()).as("statuses %s", statuses).isSubsetOf(200, 409);
        assertThat(accepted).isGreaterThanOrEqualTo(1);
        assertThat(accepted + statuses.getOrDefault(409, 0)).isEqualTo(officers);
        assertThat(households(read("canbo.a"))).isEqualByComparingTo(printed.add(BigDecimal.valueOf(accepted)));
    }

    private JsonNode read(String user) throws Exception {
        return json.readTree(mvc.perform(get(ROW + camAn).with(as(user))).andReturn().getResponse().getContentAsString());
    }

    private MvcResult write(String user, int version, BigDecimal households) throws Exception {
        return mvc.perform(put(ROW + camAn).with(as(user)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": " + version + ", \"values\": {\"1\": " + households.toPlainString() + "}}"))
                .andReturn();
    }

    /** Column 1 of Biểu 2: the households of the commune at the start of the year. */
    private static BigDecimal households(JsonNode row) {
        return row.get("values").get("1").decimalValue();
    }

    private static RequestPostProcessor as(String user) {
        return user(user).roles("ADMIN");
    }
}

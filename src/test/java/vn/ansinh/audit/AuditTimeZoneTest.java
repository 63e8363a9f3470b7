package vn.ansinh.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.audit.internal.AuditEventStore;
import vn.ansinh.support.IntegrationTest;

/**
 * The audit log stores one thing, UTC, and shows office time: an entry written at 23:30 UTC is
 * the next day's 06:30 in Viet Nam — in the page, its day filter, the CSV and the API.
 */
@IntegrationTest
class AuditTimeZoneTest {

    private static final AtomicInteger KINDS = new AtomicInteger();
    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-12-07T23:30:00Z");

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditEventStore store;
    @Autowired
    vn.ansinh.audit.internal.PersonalValues personalValues;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anEntryWrittenAt2330UtcIsStoredSoAndShownAsTheNextMorningInVietNam() throws Exception {
        String kind = writtenAt(LATE_EVENING_UTC);

        assertThat(stored(kind)).isEqualTo(LocalDateTime.of(2026, 12, 7, 23, 30));
        assertThat(page("entityType=" + kind)).contains("08/12/2026 06:30:00").doesNotContain("07/12/2026 23:30");
        assertThat(page("entityType=" + kind + "&from=2026-12-08&to=2026-12-08")).contains("08/12/2026 06:30:00");
        assertThat(page("entityType=" + kind + "&to=2026-12-07")).doesNotContain("06:30:00");
        assertThat(body("/admin/audit.csv?entityType=" + kind)).contains(",2026-12-08 06:30:00,");
        assertThat(body("/api/v1/admin/audit?entityType=" + kind)).contains("\"occurredAt\":\"2026-12-08T06:30:00+07:00\"");
    }

    @Test
    void anEntryOfTheOldUtcLogReadsAsTheOfficeTimeItHappenedAt() throws Exception {
        String kind = "gio_cu_" + KINDS.incrementAndGet();
        jdbc.sql("insert into audit_event (occurred_at, actor, action, entity_type) values (?, 'can-bo-cu', 'UPDATE', ?)")
                .params(LocalDateTime.of(2026, 11, 30, 2, 15), kind).update();

        assertThat(page("entityType=" + kind)).contains("30/11/2026 09:15:00");
    }

    private String writtenAt(Instant instant) {
        String kind = "mui_gio_" + KINDS.incrementAndGet();
        new AuditLog(store, personalValues, json, Clock.fixed(instant, ZoneOffset.UTC)).record("can-bo-a",
                TestChange.update(kind, "1", 9001L, null, "lúc khuya"));
        return kind;
    }

    private LocalDateTime stored(String kind) {
        return jdbc.sql("select occurred_at from audit_event where entity_type = ?").param(kind)
                .query(LocalDateTime.class).single();
    }

    private String page(String query) throws Exception {
        return body("/admin/audit?" + query);
    }

    private String body(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
    }
}

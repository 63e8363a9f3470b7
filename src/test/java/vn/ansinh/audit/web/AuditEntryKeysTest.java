package vn.ansinh.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.audit.AuditEvent;
import vn.ansinh.support.IntegrationTest;

/**
 * A record's composite key reads in words: a commune's monthly labour count is kept under «5/JOB_PLACEMENT/2015-3»,
 * and the audit log shows the kind by its name, never its code; a plain id stays as it is.
 */
@IntegrationTest
class AuditEntryKeysTest {

    @Autowired
    AuditEntries entries;

    @Test
    void theCodedPartOfAKeyIsNamed() {
        AuditEvent count = new AuditEvent(1L, Instant.parse("2026-12-07T08:00:00Z"), "quantri", "CREATE", "labour_count",
                "5/JOB_PLACEMENT/2015-3", 5L, null, null);
        AuditEvent household = new AuditEvent(2L, Instant.parse("2026-12-07T08:00:00Z"), "quantri", "CREATE", "household",
                "7", 5L, null, null);

        assertThat(entries.of(List.of(count, household), Locale.forLanguageTag("vi")))
                .extracting(AuditEntries.Entry::entityId).containsExactly("5 / Giải quyết việc làm / 2015-3", "7");
        assertThat(entries.of(List.of(count), Locale.ENGLISH).get(0).entityId()).isEqualTo("5 / Job placements / 2015-3");
    }
}

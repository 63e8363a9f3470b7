package vn.ansinh.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.internal.PersonalValues;
import vn.ansinh.support.IntegrationTest;

/** An entry whose personal values were erased reads as one line saying so, in the reader's language. */
@IntegrationTest
class AuditEntriesErasedTest {

    @Autowired
    AuditEntries entries;

    @Test
    void anErasedCorrectionSaysSoOnceInsteadOfShowingNoChange() {
        AuditEvent erased = new AuditEvent(1L, Instant.parse("2026-12-07T08:00:00Z"), "quantri", "UPDATE", "household", "7",
                3L, PersonalValues.ERASED, PersonalValues.ERASED);

        assertThat(entries.of(List.of(erased), Locale.forLanguageTag("vi")).get(0).changes())
                .containsExactly(new AuditEntries.Change("Dữ liệu cá nhân đã xóa khi ẩn danh hóa", null, null));
        assertThat(entries.of(List.of(erased), Locale.ENGLISH).get(0).changes())
                .containsExactly(new AuditEntries.Change("Personal data erased by anonymisation", null, null));
    }
}

package vn.ansinh.backups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.ansinh.backups.internal.RestoreBeforeMigration;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.OnPostgres;

/**
 * On PostgreSQL the database server owns its files: ansinh makes no backup and says to use pg_dump (page and
 * API), and the restore option refuses, naming pg_restore. Nothing is written or audited.
 */
@IntegrationTest
@OnPostgres
class BackupsOnPostgresTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Backups backups;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theApiRefusesWith409NamingPgDump() throws Exception {
        long entries = backupEntries();

        mvc.perform(post("/api/v1/admin/backups")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("backups.refused.postgres"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString(
                        "pg_dump --format=custom --file=ansinh.dump ansinh")));

        assertThat(backupEntries()).isEqualTo(entries);
    }

    @Test
    void thePageShowsPgDumpInsteadOfTheButtonAndRefusesABackup() throws Exception {
        String page = mvc.perform(get("/admin/backups")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"backup-postgres\"", "pg_dump").doesNotContain("id=\"backup-now\"");

        String refused = mvc.perform(post("/admin/backups").with(csrf())).andExpect(status().isConflict()).andReturn()
                .getResponse().getContentAsString();
        assertThat(refused).contains("id=\"backup-refused\"", "sao lưu bằng pg_dump");
    }

    @Test
    void theRestoreOptionRefusesNamingPgRestore() {
        assertThatThrownBy(() -> RestoreBeforeMigration.restoreInto(dataSource, Path.of("ansinh-20261207-020000.zip")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("pg_restore");
    }

    private long backupEntries() {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'backup'").query(Long.class).single();
    }
}

package vn.ansinh.backups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.shared.OfficeTime;
import vn.ansinh.support.IntegrationTest;

/**
 * The backups page and API as an administrator uses them, each backup an audit entry naming who made it; a
 * commune officer is refused both.
 */
@IntegrationTest
class BackupPagesTest {

    private static final RequestPostProcessor COMMUNE_OFFICER = user("canbo.saoluu").roles("COMMUNE_OFFICER");

    @Autowired
    MockMvc mvc;
    @Autowired
    Backups backups;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void anAdministratorSeesTheKeptBackupsTheFolderTheButtonAndHowToRestore() throws Exception {
        Backup made = backups.make(BackupTrigger.USER);

        String page = mvc.perform(get("/admin/backups")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("Sao lưu dữ liệu", backups.folder().toString(), made.name(),
                new OfficeTime().format(made.createdAt()), "Sao lưu ngay", "data-confirm=\"Tạo ngay một bản sao lưu",
                "--ansinh.backup.restore=", "Đang tắt (ansinh.backup.daily=false)",
                "Bản mới nhất của mỗi ngày trong 7 ngày gần đây và bản mới nhất của mỗi tháng trong 12 tháng gần đây")
                .contains("action=\"/admin/backups\"").doesNotContain("<script>");
        assertThat(page).as("the menu leads here").contains("href=\"/admin/backups\"");
        assertThat(mvc.perform(get("/admin/backups").param("lang", "en")).andReturn().getResponse()
                .getContentAsString()).contains("Backups kept", "Back up now", "Restoring a backup");
    }

    @Test
    void backingUpNowFromThePageMakesABackupAuditedAsTheAdministratorsAndDeletesOnesTooOldAudited() throws Exception {
        long before = backupEntries();
        Files.createDirectories(backups.folder());
        Files.writeString(backups.folder().resolve("ansinh-20010101-020000.zip"), "a backup of 2001");

        String name = (String) mvc.perform(post("/admin/backups").with(csrf())).andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/backups")).andReturn().getFlashMap().get("made");

        assertThat(Files.isRegularFile(backups.folder().resolve(name))).isTrue();
        Map<String, Object> entry = jdbc.sql("select actor, action, new_value from audit_event where entity_type = 'backup' "
                + "and entity_id = :name and action = 'CREATE'").param("name", name).query().singleRow();
        assertThat(entry.get("actor")).isEqualTo("quantri-test");
        JsonNode value = json.readTree((String) entry.get("new_value"));
        assertThat(value.get("name").asString()).isEqualTo(name);
        assertThat(value.get("trigger").asString()).isEqualTo("USER");
        assertThat(value.get("size").asLong()).isEqualTo(Files.size(backups.folder().resolve(name)));
        assertThat(backupEntries()).isGreaterThanOrEqualTo(before + 2);
        assertThat(Files.exists(backups.folder().resolve("ansinh-20010101-020000.zip"))).isFalse();
        Map<String, Object> deleted = jdbc.sql("select actor, old_value, new_value from audit_event where entity_type = "
                + "'backup' and entity_id = 'ansinh-20010101-020000.zip' and action = 'DELETE'").query().singleRow();
        assertThat(deleted.get("new_value")).isNull();
        assertThat(json.readTree((String) deleted.get("old_value")).get("size").asLong()).isEqualTo(16);
        mvc.perform(get("/admin/backups")).andExpect(flash().attributeCount(0));
    }

    @Test
    void theApiMakesABackupAnswering201WithItsRecordAndLocationAndListsTheKeptOnes() throws Exception {
        var response = mvc.perform(post("/api/v1/admin/backups")).andExpect(status().isCreated()).andReturn()
                .getResponse();
        String body = response.getContentAsString();
        String name = JsonPath.read(body, "$.name");
        long size = ((Number) JsonPath.read(body, "$.size")).longValue();
        Instant createdAt = Instant.parse(JsonPath.read(body, "$.createdAt"));

        assertThat(name).matches("ansinh-\\d{8}-\\d{6}\\.zip");
        assertThat(size).isEqualTo(Files.size(backups.folder().resolve(name)));
        assertThat(createdAt).isEqualTo(vn.ansinh.backups.internal.BackupFolder.madeAt(name).orElseThrow());
        assertThat(response.getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/v1/admin/backups/" + name);

        String list = mvc.perform(get("/api/v1/admin/backups")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        List<String> names = JsonPath.read(list, "$[*].name");
        assertThat(names).contains(name).isEqualTo(backups.list().stream().map(Backup::name).toList());
        mvc.perform(get("/api/v1/admin/backups/" + name)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/admin/backups/ansinh-20000101-000000.zip")).andExpect(status().isNotFound());
    }

    @Test
    void aCommuneOfficerIsRefusedThePageTheButtonAndTheApiAndNothingIsMade() throws Exception {
        List<Backup> before = backups.list();
        long entries = backupEntries();

        mvc.perform(get("/admin/backups").with(COMMUNE_OFFICER)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/backups").with(csrf()).with(COMMUNE_OFFICER)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/backups").with(COMMUNE_OFFICER)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/backups").with(COMMUNE_OFFICER)).andExpect(status().isForbidden());

        assertThat(backups.list()).isEqualTo(before);
        assertThat(backupEntries()).isEqualTo(entries);
        assertThat(mvc.perform(get("/").with(COMMUNE_OFFICER)).andReturn().getResponse().getContentAsString())
                .doesNotContain("/admin/backups");
    }

    private long backupEntries() {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'backup'").query(Long.class).single();
    }
}

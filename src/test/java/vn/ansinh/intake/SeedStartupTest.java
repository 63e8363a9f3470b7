package vn.ansinh.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.WebApplicationType;

import vn.ansinh.AnsinhApplication;

/** A broken seed file stops the application at start, names the error, and writes nothing. */
class SeedStartupTest {

    @TempDir
    Path directory;

    @Test
    void brokenSeedStopsTheStartAndLeavesTheDatabaseEmpty() throws Exception {
        String seed = read().replace("[\"6\", \"TT Cam Lộ\", \"2.153\"", "[\"6\", \"TT Cam Lộ\", \"2.15x\"");
        Path file = Files.writeString(directory.resolve("hong.yaml"), seed);
        int line = seed.substring(0, seed.indexOf("\"2.15x\"")).split("\n", -1).length;
        String url = "jdbc:h2:file:" + directory.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";

        assertThatThrownBy(() -> start(url, file).close())
                .hasMessageContaining("Không nạp được chương trình mẫu từ tệp hong.yaml")
                .hasMessageContaining("hong.yaml, dòng " + line + ", tables[2].rows[6][3], trường «1 – Tổng số (hộ)»")
                .hasMessageContaining("«2.15x» không phải là số");

        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            assertThat(count(connection, "programme")).isZero();
            assertThat(count(connection, "administrative_unit")).isZero();
            assertThat(count(connection, "baseline")).isZero();
        }
    }

    @Test
    void goodSeedIsLoadedOnceIntoAnEmptyDatabase() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("ok") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        Path file = Files.writeString(directory.resolve("seed.yaml"), read());
        start(url, file).close();
        start(url, file).close();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            assertThat(count(connection, "programme")).isEqualTo(1);
            assertThat(count(connection, "annex_table")).isEqualTo(3);
        }
    }

    private static org.springframework.context.ConfigurableApplicationContext start(String url, Path seed) {
        // Command-line arguments, because they outrank application.yaml.
        return new SpringApplicationBuilder(AnsinhApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=sa",
                        "--spring.datasource.password=", "--ansinh.intake.seed.location=file:" + seed,
                        "--spring.main.banner-mode=off", "--ansinh.accounts.demo.enabled=false");
    }

    private static int count(Connection connection, String table) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static String read() throws IOException {
        try (InputStream in = SeedStartupTest.class.getResourceAsStream("/seed/cam-lo-2019.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

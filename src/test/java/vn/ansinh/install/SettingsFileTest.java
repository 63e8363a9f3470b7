package vn.ansinh.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The sample ansinh.properties of the distribution, read the way the start scripts have ansinh read it. */
class SettingsFileTest {

    private static final Path SAMPLE = Path.of("src/dist/ansinh.properties");
    private static final Pattern KEY = Pattern.compile("(?m)^#?([a-z][a-z.-]+)=");

    @TempDir
    Path folder;

    @Test
    void theSampleRunsOnTheEmbeddedDatabaseInTheDataFolder() throws IOException {
        Environment settings = read(Files.readString(SAMPLE));
        assertThat(settings.getProperty("server.port")).isEqualTo("8080");
        assertThat(settings.getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:./data/ansinh;");
        assertThat(settings.getProperty("ansinh.accounts.demo.enabled")).isEqualTo("false");
        assertThat(settings.getProperty("ansinh.backup.folder")).isEqualTo("./backups");
        assertThat(settings.getActiveProfiles()).isEmpty();
    }

    @Test
    void itsPostgresLinesWinOverThePackagedPostgresProfile() throws IOException {
        String text = Files.readString(SAMPLE)
                .replaceAll("(?m)^(spring\\.datasource\\.)", "#$1")
                .replaceAll("(?m)^#(spring\\.(profiles|datasource)\\.)", "$1")
                .replace("jdbc:postgresql://localhost:5432/ansinh", "jdbc:postgresql://db.office.local:5432/ansinh");
        Environment settings = read(text);
        assertThat(settings.getActiveProfiles()).containsExactly("postgres");
        assertThat(settings.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:postgresql://db.office.local:5432/ansinh");
        assertThat(settings.getProperty("spring.datasource.username")).isEqualTo("ansinh");
        assertThat(settings.getProperty("spring.datasource.password")).isEqualTo("change-me");
        assertThat(settings.getProperty("ansinh.intake.seed.enabled")).isEqualTo("true");
    }

    @Test
    void everyKeyOfTheSampleIsExplainedInTheReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher keys = KEY.matcher(Files.readString(SAMPLE));
        List<String> unexplained = keys.results().map(key -> key.group(1))
                .filter(key -> !readme.contains("`" + key + "`"))
                .toList();
        assertThat(unexplained).isEmpty();
    }

    private Environment read(String text) throws IOException {
        Path file = Files.writeString(folder.resolve("ansinh.properties"), text);
        SpringApplication application = new SpringApplication(NoBeans.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run(
                "--spring.config.additional-location=optional:file:" + file, "--spring.main.banner-mode=off")) {
            return context.getEnvironment();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class NoBeans {
    }
}

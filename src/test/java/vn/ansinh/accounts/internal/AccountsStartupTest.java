package vn.ansinh.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.ansinh.AnsinhApplication;
import vn.ansinh.accounts.AccountException;
import vn.ansinh.accounts.Role;
import vn.ansinh.accounts.UserAccount;
import vn.ansinh.accounts.UserAccounts;

/** First start of a new installation: demo accounts in demo mode, a one-time setup otherwise. */
class AccountsStartupTest {

    @TempDir
    Path directory;

    @Test
    void demoModeCreatesOneAccountPerRoleWithGeneratedPasswordsWrittenToTheFile() throws Exception {
        Path file = directory.resolve("demo-accounts.txt");
        try (ConfigurableApplicationContext app = start("demo", "--ansinh.accounts.demo.enabled=true",
                "--ansinh.accounts.demo.file=" + file)) {
            List<String> lines = Files.readAllLines(file);
            assertThat(lines).hasSize(5).first().isEqualTo("username\tpassword\trole\tname");
            UserAccounts accounts = app.getBean(UserAccounts.class);
            PasswordEncoder encoder = app.getBean(PasswordEncoder.class);
            for (String line : lines.subList(1, 5)) {
                String[] fields = line.split("\t");
                UserAccount account = accounts.byUsername(fields[0]).orElseThrow();
                assertThat(encoder.matches(fields[1], account.passwordHash())).isTrue();
                assertThat(account.passwordHash()).doesNotContain(fields[1]);
                assertThat(account.hasRole(Role.valueOf(fields[2]))).isTrue();
            }
            assertThat(lines.get(2)).endsWith("Cán bộ LĐ-TB&XH xã Cam An");
            assertThat(app.getBean(FirstAdministrator.class).needed()).isFalse();
        }
    }

    @Test
    void withoutDemoTheFirstAdministratorNeedsTheOneTimeCode() {
        try (ConfigurableApplicationContext app = start("setup", "--ansinh.accounts.demo.enabled=false")) {
            FirstAdministrator first = app.getBean(FirstAdministrator.class);
            UserAccounts accounts = app.getBean(UserAccounts.class);
            assertThat(accounts.none()).isTrue();
            assertThat(first.needed()).isTrue();
            assertThat(first.code()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
            assertThatThrownBy(() -> first.create("SAI0-SAI0", "quantri", "Quản trị", "Mat-khau-2026"))
                    .isInstanceOf(AccountException.class).hasMessageContaining("setup.code.wrong");
            assertThat(accounts.none()).isTrue();

            UserAccount admin = first.create(first.code().toLowerCase(), "quantri", "Quản trị", "Mat-khau-2026");
            assertThat(admin.hasRole(Role.ADMIN)).isTrue();
            assertThat(first.needed()).isFalse();
            assertThatThrownBy(() -> first.create("ABCD-EFGH", "ke.gian", "Kẻ gian", "Mat-khau-2026"))
                    .isInstanceOf(AccountException.class);
            assertThat(accounts.all()).extracting(UserAccount::username).containsExactly("quantri");
        }
    }

    private ConfigurableApplicationContext start(String name, String... arguments) {
        String url = "jdbc:h2:file:" + directory.resolve(name) + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        List<String> all = new java.util.ArrayList<>(List.of("--spring.datasource.url=" + url,
                "--spring.main.banner-mode=off"));
        all.addAll(List.of(arguments));
        return new SpringApplicationBuilder(AnsinhApplication.class).web(WebApplicationType.NONE)
                .run(all.toArray(String[]::new));
    }
}

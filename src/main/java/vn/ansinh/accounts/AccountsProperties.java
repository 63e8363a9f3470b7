package vn.ansinh.accounts;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Account settings. demo: accounts created, one per role, when the embedded demo database has no
 * user yet (passwords generated, printed once and written to file). login: throttling after
 * repeated failures.
 */
@ConfigurationProperties("ansinh.accounts")
public record AccountsProperties(Demo demo, Login login) {

    public AccountsProperties {
        demo = demo == null ? new Demo(false, null, List.of()) : demo;
        login = login == null ? new Login(5, 15) : login;
    }

    public record Demo(boolean enabled, String file, List<DemoAccount> accounts) {

        public Demo {
            accounts = accounts == null ? List.of() : List.copyOf(accounts);
        }
    }

    /** unit and organisation are codes from the programme data file. */
    public record DemoAccount(String username, String displayName, Role role, String unit, String organisation) {
    }

    public record Login(int maxFailures, int lockMinutes) {
    }
}
